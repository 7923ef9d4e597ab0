import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractionOf } from '../testing/extraction';
import { PREVIEW_MAX_CHARS, previewOf, rememberTab, tabPosting } from './tab-state';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
});

const sentence = 'Experience with Kubernetes is required.';
const small = extractionOf(sentence, { title: 'Platform Engineer', lang: 'en' }, [
  { kind: 'skill', name: 'Kubernetes', required: true, quote: sentence },
]);

describe('tab state', () => {
  it('keeps a small extraction as the tab’s preview and reads it back', async () => {
    expect(previewOf(small)).toBe(small);
    await rememberTab(4, {
      jobKey: 'lever:abc',
      url: 'https://jobs.lever.co/x/abc',
      preview: small,
    });
    expect((await tabPosting(4))?.preview).toEqual(small);
  });

  it('keeps no preview of an extraction that would crowd session storage', () => {
    const long = `${'Kubernetes and Terraform, '.repeat(PREVIEW_MAX_CHARS / 20)}required.`;
    const big = extractionOf(long, { lang: 'en' }, [
      { kind: 'skill', name: 'Kubernetes', required: true, quote: long },
    ]);
    expect(previewOf(big)).toBeNull();
  });

  it('keeps the posting without its preview when session storage is full', async () => {
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const spy = vi
      .spyOn(fakeBrowser.storage.session, 'set')
      .mockImplementationOnce(async () => {
        throw new Error('QUOTA_BYTES quota exceeded');
      })
      .mockImplementation(set);
    await rememberTab(6, {
      jobKey: 'lever:abc',
      url: 'https://jobs.lever.co/x/abc',
      preview: small,
    });
    expect(await tabPosting(6)).toEqual({
      jobKey: 'lever:abc',
      url: 'https://jobs.lever.co/x/abc',
      preview: null,
    });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('reads a malformed entry as no posting', async () => {
    await fakeBrowser.storage.session.set({ 'tab:9': { jobKey: '', url: 5, preview: 'x' } });
    expect(await tabPosting(9)).toBeNull();
    expect(await tabPosting(10)).toBeNull();
  });
});
