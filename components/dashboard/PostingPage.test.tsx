// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getPosting, notesFor, recordCapture, saveProfile, setStatus } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { analyst, captureOf, communication, type SeedPosting, seed } from './fixtures';
import { PostingPage } from './PostingPage';
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
    const form = await screen.findByRole('form', { name: 'Add an interview' });
    const add = async (date: string, time: string, round: string, where = '') => {
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

  it('says so when the posting does not exist', async () => {
    renderWithPlatform(<PostingPage jobKey="nowhere:1" />);
    await screen.findByRole('heading', { name: 'Posting not found' });
  });
});
