import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, launch } from './fixtures';

describe('the built extension', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads its service worker and popup without errors', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => page.locator('body').textContent()).toContain('Reqlens');
    expect(errors).toEqual([]);
  });
});
