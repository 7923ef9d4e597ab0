// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addNote, db, getSettings, listPostings, notesFor, setReminder } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { analyst, communication, seed } from './fixtures';
import { SettingsPage } from './SettingsPage';
import { renderWithPlatform } from './testPlatform';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeEach(async () => {
  await freshDb();
});
afterEach(cleanup);

const click = async (name: string | RegExp) => {
  const button = await screen.findByRole('button', { name });
  await act(async () => {
    fireEvent.click(button);
  });
};

async function chooseFile(text: string, name = 'reqlens-export.json') {
  const input = screen.getByLabelText('Choose an export file to import');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
  });
}

describe('SettingsPage', () => {
  it('says when the export had to leave damaged entries out', async () => {
    await seed(analyst, 'applied', T0);
    await seed(communication, 'saved', T0);
    await db.postings.update(analyst.jobKey, { status: 'maybe' } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { platform } = renderWithPlatform(<SettingsPage />);
    await click('Export JSON');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Export downloaded without one damaged entry that could not be read (details in the browser console).',
    );
    expect(JSON.parse(platform.downloads[0]?.text ?? '{}').postings).toHaveLength(1);
    vi.restoreAllMocks();
  });

  it('exports JSON, clears everything after confirmation, and imports it back after a preview', async () => {
    await seed(analyst, 'applied', T0);
    await seed(communication, 'saved', T0);
    await addNote(analyst.jobKey, 'Entretien RH le 14 avril', T0);
    const { platform } = renderWithPlatform(<SettingsPage />);

    await click('Export JSON');
    await waitFor(() => expect(platform.downloads).toHaveLength(1));
    const exported = platform.downloads[0];
    expect(exported?.fileName).toMatch(/^reqlens-export-\d{4}-\d{2}-\d{2}\.json$/);
    const json = exported?.text ?? '';
    expect(JSON.parse(json).postings).toHaveLength(2);

    await click('Clear all data');
    // Nothing is deleted until the second, explicit confirmation.
    expect(await listPostings()).toHaveLength(2);
    await click('Yes, delete everything');
    await waitFor(async () => expect(await listPostings()).toHaveLength(0));

    await chooseFile(json);
    const preview = await screen.findByRole('region', { name: /Import preview/ });
    expect(within(preview).getByText('New postings').nextSibling?.textContent).toBe('2');
    expect(await listPostings()).toHaveLength(0);
    await click('Apply import');
    await screen.findByText('Imported: 2 new and 0 updated postings.');
    expect((await listPostings()).map((p) => p.jobKey).sort()).toEqual(
      [analyst.jobKey, communication.jobKey].sort(),
    );
    expect((await notesFor(analyst.jobKey)).map((n) => n.text)).toEqual([
      'Entretien RH le 14 avril',
    ]);
  });

  it('refuses a foreign or broken file with a clear message and changes nothing', async () => {
    await seed(analyst, 'saved', T0);
    renderWithPlatform(<SettingsPage />);
    await screen.findByRole('button', { name: 'Import' });
    await chooseFile('{"postings": "nope"}', 'other-app.json');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a Reqlens export/);
    await chooseFile('title,company\n', 'tracker.csv');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/no jobs/));
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect((await listPostings()).map((p) => p.jobKey)).toEqual([analyst.jobKey]);
  });

  it('exports the tracker as CSV', async () => {
    await seed(communication, 'applied', T0);
    const { platform } = renderWithPlatform(<SettingsPage />);
    await click('Export CSV');
    await waitFor(() => expect(platform.downloads).toHaveLength(1));
    expect(platform.downloads[0]?.mime).toBe('text/csv');
    expect(platform.downloads[0]?.text).toContain('Maison Lefèvre');
  });

  it('turns detection on all sites on only when the browser grants access', async () => {
    const { platform } = renderWithPlatform(<SettingsPage />);
    const toggle = await screen.findByRole('checkbox', { name: 'Detect postings on all sites' });
    platform.userAccepts = false;
    await act(async () => {
      fireEvent.click(toggle);
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/did not grant/);
    expect((await getSettings()).allSitesDetection).toBe(false);

    platform.userAccepts = true;
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(async () => expect((await getSettings()).allSitesDetection).toBe(true));
    expect(platform.granted.has('https://*/*')).toBe(true);

    await act(async () => {
      fireEvent.click(
        await screen.findByRole('checkbox', { name: 'Detect postings on all sites' }),
      );
    });
    await waitFor(async () => expect((await getSettings()).allSitesDetection).toBe(false));
    expect(platform.granted.size).toBe(0);
  });

  it('validates and stores how long unsaved postings are kept', async () => {
    renderWithPlatform(<SettingsPage />);
    const input = await screen.findByLabelText('Keep unsaved postings for (days)');
    fireEvent.change(input, { target: { value: '0' } });
    await act(async () => {
      fireEvent.blur(input);
    });
    expect(screen.getByRole('alert').textContent).toMatch(/from 1 to 3650/);
    fireEvent.change(input, { target: { value: '14' } });
    await act(async () => {
      fireEvent.blur(input);
    });
    await waitFor(async () => expect((await getSettings()).keepUnsavedDays).toBe(14));
  });

  it('offers likely duplicates and merges only after confirmation', async () => {
    await seed(analyst, 'applied', T0);
    await seed({ ...analyst, jobKey: 'linkedin:390011' }, 'saved', T0 + 1000);
    await setReminder('linkedin:390011', T0 + 9e9, T0);
    const { platform } = renderWithPlatform(<SettingsPage />);
    await click('Look for duplicates');
    const pair = await screen.findByRole('group', { name: /Likely the same job/ });
    expect(
      within(pair).getByRole('radio', { name: /Keep Senior Data Analyst .* Applied/ }),
    ).toHaveProperty('checked', true);
    await click('Merge…');
    expect(await listPostings()).toHaveLength(2);
    await click('Confirm merge');
    await waitFor(async () => expect(await listPostings()).toHaveLength(1));
    const [kept] = await listPostings();
    expect(kept?.jobKey).toBe(analyst.jobKey);
    expect(kept?.reminderAt).toBe(T0 + 9e9);
    expect((await platform.alarms.getAll()).map((a) => a.name)).toEqual([
      `reminder:${analyst.jobKey}`,
    ]);
  });

  it('hides a pair the user says is not the same job, for good', async () => {
    await seed(analyst, 'saved', T0);
    await seed({ ...analyst, jobKey: 'linkedin:390011' }, 'saved', T0 + 1000);
    renderWithPlatform(<SettingsPage />);
    await click('Look for duplicates');
    await click('Not the same job');
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: /Likely the same job/ })).toBeNull(),
    );
    expect(await listPostings()).toHaveLength(2);
    expect((await getSettings()).dismissedDuplicates).toEqual([
      `${analyst.jobKey}\nlinkedin:390011`,
    ]);

    // Another visit to the page (the answer is in the database, not in this page's memory).
    cleanup();
    renderWithPlatform(<SettingsPage />);
    await click('Look for duplicates');
    expect(await screen.findByText('No likely duplicates.')).toBeTruthy();
  });
});

describe('SettingsPage backups', () => {
  it('turns automatic backups on with the downloads permission and an alarm, and off again', async () => {
    const { platform } = renderWithPlatform(<SettingsPage />);
    const toggle = await screen.findByRole('checkbox', { name: 'Back up automatically' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    fireEvent.change(screen.getByLabelText('Every (days)'), { target: { value: '3' } });
    await act(async () => {
      fireEvent.click(toggle);
    });
    await waitFor(async () => expect((await getSettings()).backupEveryDays).toBe(3));
    expect(platform.granted.has('downloads')).toBe(true);
    expect((await platform.alarms.get('backup'))?.periodInMinutes).toBe(3 * 24 * 60);
    // The box shows the stored choice before the user unticks it (a click on a box still
    // unticked would turn backups on again); the panel is drawn anew for each stored choice.
    const ticked = await screen.findByRole('checkbox', {
      name: 'Back up automatically',
      checked: true,
    });
    await act(async () => {
      fireEvent.click(ticked);
    });
    await waitFor(async () => expect((await getSettings()).backupEveryDays).toBeNull());
    expect(await platform.alarms.get('backup')).toBeUndefined();
  });
});
