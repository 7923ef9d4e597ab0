import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mirrorKey, mirrorOf } from '../db/quick-mirror';
import { extractionOf } from '../testing/extraction';
import { peekTab, peekTabPosting } from './tab-peek';
import { rememberTab, tabPosting } from './tab-state';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const sentence = 'Gute Kenntnisse in SAP FI/CO setzen wir voraus.';
const preview = extractionOf(sentence, { title: 'Finanzbuchhalter (m/w/d)', lang: 'de' }, [
  { kind: 'skill', name: 'SAP FI/CO', required: true, quote: sentence },
]);

describe('the popup’s first read of a tab’s posting, without zod', () => {
  it('reads what the background remembered, as the zod read does', async () => {
    const entry = {
      jobKey: 'personio:hansa:88',
      url: 'https://hansa.jobs.personio.de/job/88',
      preview,
    };
    await rememberTab(12, entry);
    expect(await peekTabPosting(12)).toEqual(await tabPosting(12));
    await rememberTab(13, { ...entry, preview: null });
    expect((await peekTabPosting(13))?.preview).toBeNull();
    expect(await peekTabPosting(14)).toBeNull();
  });

  it('leaves out an entry it could not render', async () => {
    const broken = [
      { jobKey: '', url: 'https://a.example/1', preview: null },
      { jobKey: 'lever:x', preview: null },
      { jobKey: 'lever:x', url: 'https://a.example/1', preview: { posting: {}, requirements: [] } },
      {
        jobKey: 'lever:x',
        url: 'https://a.example/1',
        preview: { ...preview, requirements: [{}] },
      },
      'lever:x',
    ];
    for (const [i, value] of broken.entries()) {
      await fakeBrowser.storage.session.set({ [`tab:${i}`]: value });
      expect(await peekTabPosting(i), JSON.stringify(value)).toBeNull();
    }
  });
});

describe('the tab’s posting and its mirrored tracker state, in one read', () => {
  const entry = {
    jobKey: 'recruitee:nordlicht:310',
    url: 'https://nordlicht.recruitee.com/o/310',
    preview,
  };
  const state = {
    status: 'saved' as const,
    savedAt: 5,
    appliedAt: null,
    notes: ['Gehalt?'],
    hasProfile: true,
  };

  it('takes the mirror of the posting the tab shows, asking storage once', async () => {
    await rememberTab(21, entry);
    await fakeBrowser.storage.session.set({ [mirrorKey(entry.jobKey)]: mirrorOf(state) });
    const posting = await tabPosting(21);
    const get = vi.spyOn(fakeBrowser.storage.session, 'get');
    expect(await peekTab(21, entry.jobKey)).toEqual({ posting, tracked: state });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('never takes the mirror of another posting than the one the tab shows', async () => {
    await rememberTab(22, entry);
    await fakeBrowser.storage.session.set({ [mirrorKey('lever:other')]: mirrorOf(state) });
    expect((await peekTab(22, 'lever:other')).tracked).toBeNull();
    expect((await peekTab(22, entry.jobKey)).tracked).toBeNull();
    expect(await peekTab(23, entry.jobKey)).toEqual({ posting: null, tracked: null });
  });
});
