// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  db,
  getPosting,
  notesFor,
  recordCapture,
  saveProfile,
  setContacts,
  setInterviews,
  setStatus,
} from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import {
  analyst,
  captureOf,
  communication,
  nurse,
  type SeedPosting,
  sales,
  seed,
} from './fixtures';
import { openableUrl, PostingPage } from './PostingPage';
import { renderWithPlatform } from './testPlatform';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeEach(async () => {
  await freshDb();
});
afterEach(cleanup);

const hostileText = `Frontend Engineer <img src=x onerror="alert(1)">
Requirements:
<b>3+ years</b> with React <script>steal()</script>`;

const hostile: SeedPosting = {
  ...analyst,
  jobKey: 'lever:hostile-co:1',
  title: 'Frontend Engineer <img src=x onerror=alert(1)>',
  text: hostileText,
  requirements: [
    {
      kind: 'skill',
      name: 'React',
      required: true,
      evidence: {
        text: '<b>3+ years</b> with React <script>steal()</script>',
        start: hostileText.indexOf('<b>'),
        end: hostileText.length,
      },
    },
  ],
};

describe('openableUrl', () => {
  it('opens web addresses only', () => {
    expect(openableUrl('https://jobs.example.com/a?b=1')).toBe('https://jobs.example.com/a?b=1');
    expect(openableUrl('', 'http://example.org/job')).toBe('http://example.org/job');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'chrome-extension://id/x', '']) {
      expect(openableUrl(bad)).toBeNull();
    }
    expect(openableUrl(' JavaScript:alert(1)', 'file:///etc/passwd')).toBeNull();
  });
});

describe('PostingPage', () => {
  it('shows page text and evidence as literal text, never as markup', async () => {
    await seed(hostile, 'saved', T0);
    const { container } = renderWithPlatform(<PostingPage jobKey={hostile.jobKey} />);
    await screen.findByText('<b>3+ years</b> with React <script>steal()</script>');
    expect(container.querySelector('script, img, b')).toBeNull();
    const pre = container.querySelector('pre.posting-text');
    expect(pre?.textContent).toBe(hostileText);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Frontend Engineer <img src=x onerror=alert(1)>',
    );
  });

  it('shows each requirement with its fit and evidence once a profile exists', async () => {
    await seed(communication, 'applied', T0);
    await saveProfile({ languages: [{ language: 'en', level: 'B1' }] });
    renderWithPlatform(<PostingPage jobKey={communication.jobKey} />);
    const evidence = await screen.findByText('Anglais courant exigé.');
    const row = evidence.closest('.req-quote') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('Not met')).toBeTruthy());
    expect(screen.getByText(/Fit \d+%|Fit not scored/)).toBeTruthy();
  });

  it('lists status history and dates, and changes the status', async () => {
    await seed(analyst, 'saved', T0);
    await setStatus(analyst.jobKey, 'applied', T0 + 60_000);
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const history = await screen.findByRole('list', { name: 'Status history' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(within(history).getByText(/Saved → Applied/)).toBeTruthy();
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'interviewing' } });
    });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    expect((await getPosting(analyst.jobKey))?.status).toBe('interviewing');
  });

  it('adds, edits and deletes notes', async () => {
    await seed(analyst, 'saved', T0);
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const box = await screen.findByLabelText('New note');
    fireEvent.change(box, { target: { value: 'Call Ingrid <recruiter> on Monday' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    });
    const edit = await screen.findByRole('button', { name: 'Edit' });
    expect(screen.getByText('Call Ingrid <recruiter> on Monday').tagName).toBe('P');
    expect((box as HTMLTextAreaElement).value).toBe('');
    await act(async () => {
      fireEvent.click(edit);
    });
    fireEvent.change(screen.getByLabelText('Edit note'), {
      target: { value: 'Called Ingrid: second interview on 14 April' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    });
    const del = await screen.findByRole('button', { name: 'Delete' });
    await waitFor(() =>
      expect(screen.getByText('Called Ingrid: second interview on 14 April').tagName).toBe('P'),
    );
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Called Ingrid: second interview on 14 April',
    ]);
    await act(async () => {
      fireEvent.click(del);
    });
    await waitFor(async () => expect(await notesFor(analyst.jobKey)).toEqual([]));
  });

  it('schedules interviews, lists them in time order with the dates, and removes one', async () => {
    await seed(analyst, 'interviewing', T0);
    const { platform } = renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const panel = await screen.findByRole('region', { name: 'Interviews' });
    // Folded until used: the panel shows a button, not the form.
    expect(within(panel).queryByRole('form')).toBeNull();
    let form = panel;
    const add = async (date: string, time: string, round: string, where = '') => {
      if (!within(panel).queryByRole('form')) {
        fireEvent.click(within(panel).getByRole('button', { name: 'Add an interview' }));
      }
      form = within(panel).getByRole('form', { name: 'Add an interview' });
      // Opening moves focus to the first field (in an effect: wait for it, as for the way back).
      const opened = form;
      await waitFor(() =>
        expect(document.activeElement).toBe(within(opened).getByLabelText('Date')),
      );
      fireEvent.change(within(form).getByLabelText('Date'), { target: { value: date } });
      fireEvent.change(within(form).getByLabelText('Time'), { target: { value: time } });
      fireEvent.change(within(form).getByLabelText('Round'), { target: { value: round } });
      fireEvent.change(within(form).getByLabelText('Where'), { target: { value: where } });
      await act(async () => {
        fireEvent.click(within(form).getByRole('button', { name: 'Add interview' }));
      });
    };

    await add('2026-04-20', '14:00', '   ');
    expect(within(form).getByText('Say which round it is, e.g. "Phone screen".')).toBeTruthy();
    await add('2026-04-20', '14:00', 'Case study with the team', 'Oslo office, 3rd floor');
    // Saved: the form folds again and focus is back on its button.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(panel).getByRole('button', { name: 'Add an interview' }),
      ),
    );
    await add('2026-04-14', '09:30', 'Recruiter screen');
    await waitFor(async () =>
      expect((await getPosting(analyst.jobKey))?.interviews.map((i) => i.label)).toEqual([
        'Recruiter screen',
        'Case study with the team',
      ]),
    );
    const [first] = (await getPosting(analyst.jobKey))?.interviews ?? [];
    expect(first?.at).toBe(new Date(2026, 3, 14, 9, 30).getTime());
    expect(await screen.findByText('Oslo office, 3rd floor')).toBeTruthy();
    // The dates panel lists the scheduled days rather than the stage change.
    const dates = screen.getByRole('region', { name: 'Dates' });
    expect(within(dates).getByText('Interviews')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Add Recruiter screen to my calendar' }));
    const [ics] = platform.downloads;
    expect(ics?.fileName).toBe('reqlens-interview-2026-04-14.ics');
    expect(ics?.text).toContain('SUMMARY:Recruiter screen: Senior Data Analyst');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove Recruiter screen' }));
    });
    await waitFor(async () =>
      expect((await getPosting(analyst.jobKey))?.interviews.map((i) => i.label)).toEqual([
        'Case study with the team',
      ]),
    );
  });

  it('stores a follow-up reminder and refuses one in the past', async () => {
    await seed(analyst, 'applied', T0);
    const { platform } = renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    expect(screen.queryByLabelText('Remind me on')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Set a reminder' }));
    const date = await screen.findByLabelText('Remind me on');
    fireEvent.change(date, { target: { value: '2020-01-06' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Set reminder' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Pick a time in the future.');
    expect((await getPosting(analyst.jobKey))?.reminderAt).toBeNull();
    const next = new Date();
    next.setFullYear(next.getFullYear() + 1);
    const iso = `${next.getFullYear()}-03-09`;
    fireEvent.change(screen.getByLabelText('Remind me on'), { target: { value: iso } });
    fireEvent.change(screen.getByLabelText('At'), { target: { value: '10:15' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Set reminder' }));
    });
    await waitFor(async () =>
      expect((await getPosting(analyst.jobKey))?.reminderAt).toBe(
        new Date(next.getFullYear(), 2, 9, 10, 15).getTime(),
      ),
    );
    // Set: the form folds, and the panel says when.
    await waitFor(() => expect(screen.queryByLabelText('Remind me on')).toBeNull());
    expect(screen.getByText(/^Reminder on /)).toBeTruthy();
    const alarms = await platform.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([
      [`reminder:${analyst.jobKey}`, new Date(next.getFullYear(), 2, 9, 10, 15).getTime()],
    ]);
    const remove = await screen.findByRole('button', { name: 'Remove reminder' });
    await act(async () => {
      fireEvent.click(remove);
    });
    await waitFor(async () => expect(await platform.alarms.getAll()).toEqual([]));
    expect((await getPosting(analyst.jobKey))?.reminderAt).toBeNull();
  });

  it('adds a contact as plain text', async () => {
    await seed(analyst, 'applied', T0);
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    expect(screen.queryByLabelText('Name')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a contact' }));
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'Ingrid Smit' } });
    fireEvent.change(screen.getByLabelText('Profile or link'), {
      target: { value: 'javascript:alert(1)' },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    });
    await screen.findByText('Ingrid Smit');
    expect(screen.getByText('javascript:alert(1)').closest('a')).toBeNull();
    expect((await getPosting(analyst.jobKey))?.contacts[0]?.name).toBe('Ingrid Smit');
  });

  it('shows what changed when the employer edited the text after it was saved', async () => {
    await seed(analyst, 'saved', T0);
    const { capture, extraction } = captureOf(analyst);
    await recordCapture(
      { ...capture, text: capture.text.replace('5+ years', '3+ years') },
      extraction,
      T0 + 86_400_000,
    );
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const section = await screen.findByRole('region', { name: 'What changed' });
    expect(within(section).getByText('- 5+ years of experience in data analysis.')).toBeTruthy();
    expect(section.querySelector('.removed')?.textContent).toContain('5+ years');
    expect(section.querySelector('.added')?.textContent).toContain('3+ years');
  });

  it('opens the stored page in a new tab, and only a web address', async () => {
    await seed(analyst, 'saved', T0);
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const open = await screen.findByRole('link', { name: 'Open posting' });
    expect(open.getAttribute('href')).toBe(`https://jobs.example.com/${analyst.jobKey}`);
    expect(open.getAttribute('target')).toBe('_blank');
    expect(open.getAttribute('rel')).toContain('noopener');
    // The source by the name a person reads, never the internal id.
    expect(screen.getByText('Seen on Company site')).toBeTruthy();
    cleanup();

    // Captures are http(s) by contract; an imported file's row is not held to it.
    const { capture, extraction } = captureOf(nurse);
    await recordCapture({ ...capture, site: 'lever' }, extraction, T0);
    const evil = 'javascript:alert(1)';
    await db.postings.update(nurse.jobKey, { url: evil, canonicalUrl: evil });
    renderWithPlatform(<PostingPage jobKey={nurse.jobKey} />);
    await screen.findByRole('heading', { level: 1, name: nurse.title });
    expect(screen.queryByRole('link', { name: 'Open posting' })).toBeNull();
    expect(screen.getByText('Seen on Lever')).toBeTruthy();
  });

  it('marks the sentence of the requirement the user picks in the posting text', async () => {
    await seed(hostile, 'saved', T0);
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    const { container } = renderWithPlatform(<PostingPage jobKey={hostile.jobKey} />);
    const row = (await screen.findByText('React')).closest('button') as HTMLElement;
    expect(container.querySelector('mark')).toBeNull();
    await act(async () => {
      fireEvent.click(row);
    });
    const mark = container.querySelector('pre.posting-text mark');
    expect(mark?.textContent).toBe('<b>3+ years</b> with React <script>steal()</script>');
    // Still text: the page's markup is shown, never parsed.
    expect(container.querySelector('pre script, pre b, pre img')).toBeNull();
    expect(container.querySelector('pre.posting-text')?.textContent).toBe(hostileText);
    expect(scrolled).toHaveBeenCalledTimes(1);
    // Picking it again scrolls back to it (the user may have scrolled away).
    await act(async () => {
      fireEvent.click(row);
    });
    expect(scrolled).toHaveBeenCalledTimes(2);
    scrolled.mockRestore();
  });

  it('finds the sentence by its words when the stored offsets no longer hold it', async () => {
    const text = 'Profil :\nVous parlez couramment allemand.\nPermis B exigé.';
    const moved: SeedPosting = {
      ...communication,
      jobKey: 'welcometothejungle:atelier:42',
      text,
      requirements: [
        {
          kind: 'license',
          name: 'Permis B',
          required: true,
          // Offsets of an older text; the sentence is still there, further on.
          evidence: { text: 'Permis B exigé.', start: 0, end: 15 },
        },
      ],
    };
    await seed(moved, 'saved', T0);
    const { container } = renderWithPlatform(<PostingPage jobKey={moved.jobKey} />);
    // The requirement's row is a button, and so is its sentence quoted beside it: either marks it.
    const [row] = await screen.findAllByRole('button', { name: /Permis B/ });
    if (!row) throw new Error('no requirement row');
    await act(async () => {
      fireEvent.click(row);
    });
    expect(container.querySelector('pre mark')?.textContent).toBe('Permis B exigé.');
    expect(container.querySelector('pre')?.textContent).toBe(text);
  });

  it('shows every employment type, relocation and visa with the other facts', async () => {
    const { capture, extraction } = captureOf(sales);
    await recordCapture(
      capture,
      {
        ...extraction,
        posting: {
          ...extraction.posting,
          employmentTypes: ['full_time', 'temporary'],
          relocation: 'offered',
          visaSponsorship: 'not_offered',
        },
      },
      T0,
    );
    renderWithPlatform(<PostingPage jobKey={sales.jobKey} />);
    await screen.findByRole('heading', { level: 1, name: sales.title });
    const facts = document.querySelector('.posting-facts dl') as HTMLElement;
    expect(within(facts).getByText('Employment')).toBeTruthy();
    expect(within(facts).getByText(/Full-time/).textContent).toMatch(/Full-time · Temporary/);
    expect(within(facts).getByText('Relocation support offered')).toBeTruthy();
    expect(within(facts).getByText('No visa sponsorship')).toBeTruthy();
  });

  it('keeps the forms folded but shows the entries a panel already has', async () => {
    await seed(analyst, 'interviewing', T0);
    await setInterviews(
      analyst.jobKey,
      () => [{ at: T0 + 86_400_000, label: 'Panel interview', place: null }],
      T0,
    );
    await setContacts(
      analyst.jobKey,
      () => [
        { name: 'Ana Ruiz', role: 'Recruiter', email: null, phone: null, url: null, note: null },
      ],
      T0,
    );
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    expect(await screen.findByText('Panel interview')).toBeTruthy();
    expect(screen.getByText('Ana Ruiz')).toBeTruthy();
    expect(screen.queryAllByRole('form')).toEqual([]);
    for (const name of ['Add an interview', 'Set a reminder', 'Add a contact']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    // Cancel folds a form again without saving anything.
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Half typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect((await getPosting(analyst.jobKey))?.contacts.map((c) => c.name)).toEqual(['Ana Ruiz']);
  });

  it('leaves focus where the browser put it when the page is opened directly', async () => {
    await seed(analyst, 'saved', T0);
    renderWithPlatform(<PostingPage jobKey={analyst.jobKey} />);
    const heading = await screen.findByRole('heading', { level: 1, name: analyst.title });
    await waitFor(() => expect(document.title).toBe('Senior Data Analyst · Reqlens'));
    expect(document.activeElement).not.toBe(heading);
  });

  it('says so when the posting does not exist', async () => {
    renderWithPlatform(<PostingPage jobKey="nowhere:1" />);
    await screen.findByRole('heading', { name: 'Posting not found' });
  });
});
