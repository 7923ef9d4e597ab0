import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPosting } from '../db';
import { detect } from '../detect';
import { fixture } from '../detect/test-helpers';
import { freshDb } from '../testing/db';
import { receiveCapture } from './capture-gate';
import type { Sender } from './sender';

vi.stubGlobal('chrome', fakeBrowser);

const own = (url: string): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: 7, url },
});

beforeEach(async () => {
  await freshDb();
  await fakeBrowser.storage.session.clear();
});

describe('a capture as stored', () => {
  it("keeps a career site's brand, not its heading, as the company", async () => {
    const url =
      'https://solara.wd3.myworkdayjobs.com/Solara_Careers/job/Madrid-Espaa/Ingeniero-a-de-Software-Embebido_JR-20417';
    const capture = detect(fixture('workday.html'), url);
    expect(capture?.company).toBe('Solara Energía Careers');
    expect((await receiveCapture(capture, own(url))).stored).toBe(true);
    const stored = await getPosting('workday:solara:JR-20417');
    expect(stored?.company).toBe('Solara Energía');
    // The time type the site labels ("Jornada completa") is the posting's employment type.
    expect(stored?.extraction.posting.employmentTypes).toEqual(['full_time']);
  });
});
