// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberTab, tabPosting } from '@/lib/background/tab-state';
import { addNote, clearAll, db, notesFor, recordCapture, saveProfile } from '@/lib/db';
import { openCurrent, readTracked } from '@/lib/db/quick';
import type { Extraction, PageCapture } from '@/lib/schema';
import { openFakeTab } from '@/lib/testing/fake-tab';
import { App } from './App';
import { readCurrentTab } from './firstRead';
import { usePopupStore } from './store';

const PAGE = 'https://boards.greenhouse.io/nordlicht/jobs/4012345';
const JOB_KEY = 'greenhouse:4012345';

const text = [
  'Kundenservice-Teamleitung (m/w/d)',
  'Du bringst mindestens 3 Jahre Erfahrung im Kundenservice mit.',
  'Deutsch auf muttersprachlichem Niveau ist Voraussetzung.',
  'Gute Englischkenntnisse sind von Vorteil.',
  'Erfahrung mit <img src=x onerror="alert(1)"> Zendesk ist ein Plus.',
].join('\n');

function quote(sentence: string) {
  const start = text.indexOf(sentence);
  return { text: sentence, start, end: start + sentence.length };
}

const extraction: Extraction = {
  posting: {
    title: 'Kundenservice-Teamleitung (m/w/d)',
    company: 'Nordlicht Energie GmbH',
    locations: ['Hamburg, Deutschland'],
    workplace: 'hybrid',
    employmentType: 'full_time',
    salary: { min: 52000, max: 58000, currency: 'EUR', period: 'year' },
    relocation: null,
    visaSponsorship: null,
    lang: 'de',
  },
  requirements: [
    {
      kind: 'experience',
      minYears: 3,
      maxYears: null,
      field: 'Kundenservice',
      required: true,
      evidence: quote('Du bringst mindestens 3 Jahre Erfahrung im Kundenservice mit.'),
    },
    {
      kind: 'language',
      language: 'de',
      level: 'native',
      cefr: null,
      required: true,
      evidence: quote('Deutsch auf muttersprachlichem Niveau ist Voraussetzung.'),
    },
    {
      kind: 'language',
      language: 'en',
      level: null,
      cefr: null,
      required: false,
      evidence: quote('Gute Englischkenntnisse sind von Vorteil.'),
    },
    {
      kind: 'skill',
      name: 'Zendesk',
      required: false,
      evidence: quote('Erfahrung mit <img src=x onerror="alert(1)"> Zendesk ist ein Plus.'),
    },
  ],
};

const capture: PageCapture = {
  url: PAGE,
  canonicalUrl: PAGE,
  jobKey: JOB_KEY,
  site: 'greenhouse',
  detectedBy: 'jsonld',
  title: 'Kundenservice-Teamleitung (m/w/d)',
  company: 'Nordlicht Energie GmbH',
  location: 'Hamburg',
  text,
  jsonLd: null,
};

const sendMessage = vi.fn();

// The popup loads the fit engine lazily after its first paint; load it up front so that import
// never lands after a test's environment is torn down.
beforeAll(async () => {
  await import('@/lib/fit');
  await import('@/lib/manual');
});

beforeEach(async () => {
  fakeBrowser.reset();
  await clearAll();
  localStorage.clear();
  usePopupStore.setState({
    noteDrafts: {},
    openSections: { requirements: true, recent: true },
    scan: { phase: 'idle' },
  });
  // @webext-core/messaging talks to `chrome.tabs` directly.
  sendMessage.mockReset();
  vi.stubGlobal('chrome', { tabs: { sendMessage } });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('popup App', () => {
  it('shows the posting the background recorded for the current tab, with evidence as text', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });

    const { container } = render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' }),
    ).toBeTruthy();
    expect(screen.getByText('Nordlicht Energie GmbH')).toBeTruthy();
    expect(screen.getByText('Hybrid')).toBeTruthy();
    const experience = screen.getByRole('region', { name: 'Experience (1)' });
    expect(within(experience).getByText('3+ years · Kundenservice')).toBeTruthy();
    const skills = screen.getByRole('region', { name: 'Skills (1)' });
    expect(within(skills).getByText('Zendesk')).toBeTruthy();
    expect(within(skills).getByText('Preferred')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(within(skills).getByText(/onerror="alert\(1\)"/)).toBeTruthy();
    // No profile yet: a way to set one up rather than fit badges.
    expect(await screen.findByRole('button', { name: 'Set up profile' })).toBeTruthy();
    expect(screen.queryByText('Met')).toBeNull();
  });

  it('paints the tab’s preview first, then the stored posting with its controls', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    // A preview that differs from the row tells which of the two is on screen.
    const preview = {
      ...extraction,
      posting: { ...extraction.posting, title: 'Teamleitung Kundenservice (Vorschau)' },
    };
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview });

    render(<App />);
    expect(
      await screen.findByRole('heading', { name: 'Teamleitung Kundenservice (Vorschau)' }),
    ).toBeTruthy();
    // The first screen: the requirements show, the tracker controls are not there yet.
    expect(screen.getByRole('region', { name: 'Languages (2)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByLabelText('Note')).toBeNull();

    expect(
      await screen.findByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
    expect(screen.getByLabelText('Note')).toBeTruthy();
  });

  it('shows the controls on its first screen from the row read before the database module, and they work', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    await addNote(JOB_KEY, 'Frau Albers ruft am Dienstag zurück', Date.UTC(2026, 10, 21));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    // What the entry point reads before it renders (main.tsx).
    const initial = await readCurrentTab();
    const connection = await openCurrent();
    const quick = connection && (await readTracked(connection, JOB_KEY));
    connection?.close();
    expect(quick).toMatchObject({ status: 'seen', notes: ['Frau Albers ruft am Dienstag zurück'] });

    render(<App initial={initial} quick={quick} />);
    // At once, not after a database read: Save, the status, the note box and the last note.
    const save = screen.getByRole('button', { name: 'Save' });
    expect(screen.getByLabelText('Status')).toBeTruthy();
    expect(screen.getByLabelText('Note')).toBeTruthy();
    expect(screen.getByText('Frau Albers ruft am Dienstag zurück')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set up profile' })).toBeTruthy();

    fireEvent.click(save);
    expect(await screen.findByText('On your tracker')).toBeTruthy();
    expect((await db.postings.get(JOB_KEY))?.status).toBe('saved');
  });

  it('offers a scan when the tab’s posting is no longer stored', async () => {
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Scan this page' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' })).toBeNull();
  });

  it('shows each requirement’s fit against the stored profile', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    await saveProfile({
      totalYears: 5,
      experience: [{ field: 'Kundenservice', years: 5 }],
      languages: [{ language: 'de', level: 'native' }],
    });
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });

    render(<App />);
    const experience = await screen.findByRole('region', { name: 'Experience (1)' });
    const languages = screen.getByRole('region', { name: 'Languages (2)' });
    // The fit engine loads after the posting is shown.
    expect(await within(experience).findAllByText('Met')).toHaveLength(1);
    expect(within(languages).getAllByText('Met')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Set up profile' })).toBeNull();
    expect(screen.getByText(/^2 of 2 required items met/)).toBeTruthy();
    expect(screen.getByText(/^Fit \d+%$/).closest('.fit-compact')).toBeTruthy();
  });

  it('saves the posting, then records each status change as a dated event', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    await screen.findByText('On your tracker');
    expect((await db.postings.get(JOB_KEY))?.status).toBe('saved');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'applied' } });
    await waitFor(async () => expect((await db.postings.get(JOB_KEY))?.status).toBe('applied'));
    const events = await db.events.where('jobKey').equals(JOB_KEY).sortBy('id');
    expect(events.map((e) => [e.from, e.to])).toEqual([
      ['seen', 'saved'],
      ['saved', 'applied'],
    ]);
    expect(events.every((e) => e.at > Date.UTC(2026, 0, 1))).toBe(true);
    expect(await screen.findByText(/Applied /)).toBeTruthy();
  });

  it('adds a quick note and clears the draft', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    render(<App />);

    const note = await screen.findByLabelText<HTMLTextAreaElement>('Note');
    fireEvent.change(note, { target: { value: 'Recruiterin: Frau Albers, Rückruf Dienstag' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(async () =>
      expect((await notesFor(JOB_KEY)).map((n) => n.text)).toEqual([
        'Recruiterin: Frau Albers, Rückruf Dienstag',
      ]),
    );
    await waitFor(() => expect(note.value).toBe(''));
    // The count follows the database's answer, which may come after the draft is cleared.
    expect(await screen.findByText('1 note')).toBeTruthy();
  });

  it('asks the tab to highlight a requirement’s sentence when it is clicked', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    sendMessage.mockImplementation((_tab, _message, _options, reply) => reply({ res: true }));
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: /3\+ years · Kundenservice/ }));
    await waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    const [toTab, message] = sendMessage.mock.calls[0] ?? [];
    expect(toTab).toBe(tabId);
    expect(message).toMatchObject({
      type: 'highlight',
      data: { text: 'Du bringst mindestens 3 Jahre Erfahrung im Kundenservice mit.' },
    });
  });

  it('says how to recover when the page has no content script to highlight with', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const tabId = await openFakeTab(PAGE);
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    sendMessage.mockImplementation((_tab, _message, _options, reply) => reply(undefined));
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: /^Zendesk/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Reload the page to highlight its sentences.',
    );
  });

  it('shows the tab named by ?tabId= when opened as a page of its own', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    const jobTab = await openFakeTab(PAGE);
    await rememberTab(jobTab, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    await openFakeTab('chrome-extension://test-extension-id/popup.html');
    window.history.replaceState(null, '', `?tabId=${jobTab}`);
    try {
      render(<App />);
      expect(
        await screen.findByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' }),
      ).toBeTruthy();
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  it('shows a posting captured while the popup is open', async () => {
    const tabId = await openFakeTab(PAGE);
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Scan this page' })).toBeTruthy();

    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    await rememberTab(tabId, { jobKey: JOB_KEY, url: PAGE, preview: extraction });
    expect(
      await screen.findByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' }),
    ).toBeTruthy();
  });

  it('offers a scan on an undetected page and shows the posting the scan stored', async () => {
    const tabId = await openFakeTab('https://careers.example.de/stellen/teamleitung');
    const executeScript = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockImplementation(async () => {
        await recordCapture(capture, extraction, Date.UTC(2026, 10, 21));
        return [{ frameId: 0, documentId: 'doc', result: { stored: true, jobKey: JOB_KEY } }];
      });
    render(<App />);

    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(
      await screen.findByRole('heading', { name: 'Kundenservice-Teamleitung (m/w/d)' }),
    ).toBeTruthy();
    expect(executeScript).toHaveBeenCalledWith({
      target: { tabId },
      files: ['/content-scripts/scan.js'],
    });
  });

  it('tells the scan script that the user asked, before injecting it', async () => {
    const tabId = await openFakeTab('https://careers.example.de/stellen/teamleitung');
    const calls: unknown[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
      calls.push(injection);
      return [{ frameId: 0, documentId: 'doc', result: null }];
    });
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]).toMatchObject({ target: { tabId }, args: ['__reqlensScanRequested'] });
    expect(calls[1]).toEqual({ target: { tabId }, files: ['/content-scripts/scan.js'] });
  });

  it('offers to save the page anyway when a scan finds no text, and stores the pasted one', async () => {
    const url = 'https://jobs.example-kaeserei.ch/stelle/4410';
    const tabId = await openFakeTab(url);
    const offer = { url, title: 'Käser/in EFZ', company: 'Käserei Alpenblick', location: null };
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => [
      { frameId: 0, documentId: 'doc', result: { stored: false, jobKey: null, offer } },
    ]);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));

    expect(await screen.findByRole('heading', { name: 'Save this page anyway' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Job title').value).toBe('Käser/in EFZ');
    expect(screen.getByLabelText<HTMLInputElement>('Company').value).toBe('Käserei Alpenblick');
    expect(screen.getByLabelText<HTMLInputElement>(/Address/).value).toBe(url);
    fireEvent.change(screen.getByLabelText("The posting's text"), {
      target: {
        value:
          'Sie haben eine abgeschlossene Ausbildung als Käser/in EFZ.\nMindestens 2 Jahre Berufserfahrung.',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save this page' }));

    expect(await screen.findByRole('heading', { name: 'Käser/in EFZ' })).toBeTruthy();
    const [row] = await db.postings.toArray();
    expect(row).toMatchObject({ title: 'Käser/in EFZ', status: 'saved', detectedBy: 'manual' });
    // The tab now shows the saved job, as after a scan.
    expect(await tabPosting(tabId)).toMatchObject({ jobKey: row?.jobKey, url });
  });

  it('saves the page anyway even when the scan script could not answer', async () => {
    await openFakeTab('https://news.example.org/article');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => [
      { frameId: 0, documentId: 'doc', result: null },
    ]);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(await screen.findByRole('heading', { name: 'Save this page anyway' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Address/).value).toBe(
      'https://news.example.org/article',
    );
    // No title: the form says what is missing and stores nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Save this page' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A job needs a title.');
    expect(await db.postings.count()).toBe(0);
  });

  it('adds a job by hand, even from a page it cannot read', async () => {
    await openFakeTab('chrome://newtab/');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a job by hand' }));
    expect(await screen.findByRole('heading', { name: 'Add a job by hand' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Job title'), { target: { value: 'Sommelier' } });
    fireEvent.change(screen.getByLabelText('Company'), { target: { value: 'Osteria del Ponte' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this job' }));
    expect(await screen.findByRole('heading', { name: 'Sommelier' })).toBeTruthy();
    expect(await db.postings.count()).toBe(1);
  });

  it('goes back to the scan offer when the form is cancelled', async () => {
    await openFakeTab('https://example.org/');
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a job by hand' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Scan this page' })).toBeTruthy();
  });

  it('shows why a scan could not store the posting', async () => {
    await openFakeTab('https://jobs.example.es/oferta/123');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => [
      {
        frameId: 0,
        documentId: 'doc',
        result: { stored: false, jobKey: null, error: 'Invalid capture: text is empty' },
      },
    ]);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Scan this page' }));
    expect(
      await screen.findByText('Could not scan this page: Invalid capture: text is empty'),
    ).toBeTruthy();
  });

  it('does not offer a scan on a browser page', async () => {
    await openFakeTab('chrome://settings/');
    render(<App />);
    expect(await screen.findByText(/Reqlens cannot read this page/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Scan this page' })).toBeNull();
  });

  it('lists recent postings, each opening the dashboard at its route', async () => {
    await recordCapture(capture, extraction, Date.UTC(2026, 10, 20));
    await recordCapture(
      {
        ...capture,
        jobKey: 'lever:8a1c-44',
        url: 'https://jobs.lever.co/solenne/8a1c-44',
        canonicalUrl: 'https://jobs.lever.co/solenne/8a1c-44',
        title: 'Chargée de communication',
        company: 'Solenne',
      },
      {
        ...extraction,
        posting: { ...extraction.posting, title: 'Chargée de communication', company: 'Solenne' },
      },
      Date.UTC(2026, 10, 21),
    );
    await openFakeTab('https://example.org/');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    render(<App />);

    const items = await screen.findAllByRole('button', { name: /Chargée|Kundenservice/ });
    expect(items.map((b) => b.textContent)).toEqual([
      'Chargée de communicationSolenne · Not saved',
      'Kundenservice-Teamleitung (m/w/d)Nordlicht Energie GmbH · Not saved',
    ]);
    fireEvent.click(items[0] as HTMLElement);
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({
        url: 'chrome-extension://test-extension-id/dashboard.html#/posting/lever%3A8a1c-44',
      }),
    );
  });
});
