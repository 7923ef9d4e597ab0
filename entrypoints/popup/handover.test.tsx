// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab } from '@/lib/background/tab-state';
import { addNote, clearAll, recordCapture } from '@/lib/db';
import { openCurrent, readTracked } from '@/lib/db/quick';
import type { PageCapture } from '@/lib/schema';
import { extractionOf } from '@/lib/testing/extraction';
import { readCurrentTab } from './firstRead';
import { usePopupStore } from './store';

/*
 * The popup's first screen comes from the tab's preview and one plain IndexedDB read; a moment
 * later the database module answers and the panel shows its answer. A user who is already typing
 * a note (or has the status focused) must not notice that moment.
 */

const PAGE = 'https://jobs.lever.co/fornaio-verde/77c1-b2';
const JOB_KEY = 'lever:77c1-b2';
const text = [
  'Responsabile di cucina',
  'Almeno 4 anni di esperienza in una cucina professionale.',
  'Buona conoscenza dello spagnolo gradita.',
].join('\n');

const stored = extractionOf(
  text,
  { title: 'Responsabile di cucina', company: 'Fornaio Verde', lang: 'it' },
  [
    {
      kind: 'experience',
      minYears: 4,
      maxYears: null,
      field: 'cucina professionale',
      required: true,
      quote: 'Almeno 4 anni di esperienza in una cucina professionale.',
    },
  ],
);
// A preview whose title differs from the row's tells which read is on screen.
const preview = {
  ...stored,
  posting: { ...stored.posting, title: 'Responsabile di cucina (anteprima)' },
};

const capture: PageCapture = {
  url: PAGE,
  canonicalUrl: PAGE,
  jobKey: JOB_KEY,
  site: 'lever',
  detectedBy: 'jsonld',
  title: 'Responsabile di cucina',
  company: 'Fornaio Verde',
  location: 'Torino',
  text,
  jsonLd: null,
};

beforeAll(async () => {
  // Loaded lazily after the first paint; up front so that import never outlives a test.
  await import('@/lib/fit');
});

beforeEach(async () => {
  fakeBrowser.reset();
  await clearAll();
  usePopupStore.setState({
    noteDrafts: {},
    openSections: { requirements: true, recent: true },
    scan: { phase: 'idle' },
  });
  vi.stubGlobal('chrome', { tabs: { sendMessage: vi.fn() } });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Stores the posting (and an older one for "Recent"), and renders the popup's first screen. */
async function firstScreen() {
  await recordCapture(
    {
      ...capture,
      jobKey: 'lever:0a9f',
      url: 'https://jobs.lever.co/x/0a9f',
      canonicalUrl: 'https://jobs.lever.co/x/0a9f',
      title: 'Aiuto cuoco',
      company: 'Trattoria Sole',
    },
    { ...stored, posting: { ...stored.posting, title: 'Aiuto cuoco', company: 'Trattoria Sole' } },
    Date.UTC(2026, 10, 2),
  );
  await recordCapture(capture, stored, Date.UTC(2026, 10, 3));
  await addNote(JOB_KEY, 'Colloquio fissato per giovedì', Date.UTC(2026, 10, 4));
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url: PAGE, active: true, windowId: win?.id });
  if (tab.id === undefined) throw new Error('the fake browser gave no tab id');
  await rememberTab(tab.id, { jobKey: JOB_KEY, url: PAGE, preview });
  // What the entry point reads before it renders (main.ts).
  const initial = await readCurrentTab();
  const connection = await openCurrent();
  const quick = connection && (await readTracked(connection, JOB_KEY));
  connection?.close();
  // A fresh App module each time, so its database side loads after this first render, as in the
  // browser, and not from an earlier test's load.
  vi.resetModules();
  const { App } = await import('./App');
  const view = render(<App initial={initial} quick={quick} />);
  // The first screen, with its controls, before the database side has answered.
  screen.getByRole('heading', { name: 'Responsabile di cucina (anteprima)' });
  return view;
}

/** Waits until the database's answer is on screen. */
const handedOver = () => screen.findByRole('heading', { name: 'Responsabile di cucina' });

describe('popup handover from the first screen to the database', () => {
  it('keeps the note box focused, with what was typed and the caret where it was', async () => {
    await firstScreen();
    const box = screen.getByLabelText('Note') as HTMLTextAreaElement;
    box.focus();
    fireEvent.change(box, { target: { value: 'Portare il curriculum stampato' } });
    box.setSelectionRange(8, 8);
    expect(document.activeElement).toBe(box);

    await handedOver();
    // The same element, not a new one with the same label.
    expect(screen.getByLabelText('Note')).toBe(box);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('Portare il curriculum stampato');
    expect(box.selectionStart).toBe(8);
    expect(box.isConnected).toBe(true);
  });

  it('keeps the status select focused', async () => {
    await firstScreen();
    const status = screen.getByLabelText('Status');
    status.focus();

    await handedOver();
    expect(screen.getByLabelText('Status')).toBe(status);
    expect(document.activeElement).toBe(status);
  });

  it('moves nothing above the Save row: the panel stays in place and "Recent" comes below it', async () => {
    const { container } = await firstScreen();
    const main = container.querySelector('main') as HTMLElement;
    const panel = main.querySelector('.posting-panel');
    const save = screen.getByRole('button', { name: 'Save' });
    const before = [...main.children];

    await handedOver();
    expect(await screen.findByText('Aiuto cuoco', { exact: false })).toBeTruthy();
    const after = [...main.children];
    // Whatever arrived was added after the panel; what was there before is the same nodes.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(main.querySelector('.posting-panel')).toBe(panel);
    expect(screen.getByRole('button', { name: 'Save' })).toBe(save);
    const recent = screen.getByRole('button', { name: /Recent/ });
    expect(panel?.compareDocumentPosition(recent)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    // The note read on the first screen is still the one shown.
    expect(screen.getByText('Colloquio fissato per giovedì')).toBeTruthy();
  });
});
