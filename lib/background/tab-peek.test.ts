import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractionOf } from '../testing/extraction';
import { peekTabPosting } from './tab-peek';
import { rememberTab, tabPosting } from './tab-state';

beforeEach(() => fakeBrowser.reset());

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
