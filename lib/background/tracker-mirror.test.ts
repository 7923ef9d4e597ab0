import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearAll } from '../db/clear';
import { analyst, analystExtraction } from '../db/fixtures/captures';
import { keepTrackerMirror, mirrorSettled } from '../db/mirror';
import { mirrorKey } from '../db/quick-mirror';
import { recordCapture } from '../db/record-capture';
import { setStatus } from '../db/status';
import { freshDb } from '../testing/db';
import { peekTracked } from './tab-peek';
import { rememberTab } from './tab-state';
import { keepTrackerMirrorInSession } from './tracker-mirror';

const T0 = Date.UTC(2026, 11, 1, 14);

beforeEach(async () => {
  fakeBrowser.reset();
  await freshDb();
  keepTrackerMirrorInSession();
});

afterEach(() => keepTrackerMirror(null));

describe('the tracker mirror in session storage', () => {
  it('is what the popup peeks at, after each write', async () => {
    await recordCapture(analyst, analystExtraction, T0);
    await mirrorSettled();
    expect((await peekTracked(analyst.jobKey))?.status).toBe('seen');
    await setStatus(analyst.jobKey, 'offer', T0 + 1);
    await mirrorSettled();
    expect(await peekTracked(analyst.jobKey)).toMatchObject({ status: 'offer', savedAt: T0 + 1 });
  });

  it('is removed when the data is cleared, the tabs’ entries kept', async () => {
    await rememberTab(3, { jobKey: analyst.jobKey, url: analyst.url, preview: null });
    await recordCapture(analyst, analystExtraction, T0);
    await clearAll();
    await mirrorSettled();
    const left = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(left)).toEqual(['tab:3']);
    expect(left).not.toHaveProperty(mirrorKey(analyst.jobKey));
  });
});
