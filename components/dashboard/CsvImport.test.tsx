// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, getPosting, listPostings } from '@/lib/db';
import { freshDb } from '@/lib/testing/db';
import { DataTransfer } from './DataTransfer';
import { analyst, seed } from './fixtures';
import { renderWithPlatform } from './testPlatform';

const T0 = Date.UTC(2026, 3, 2, 8, 30);

beforeEach(async () => {
  await freshDb();
});
afterEach(cleanup);

async function chooseCsv(text: string, name = 'jobs.csv') {
  const input = screen.getByLabelText('Choose an export file to import');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File([text], name)] } });
  });
}

const click = async (name: string | RegExp) => {
  const button = await screen.findByRole('button', { name });
  await act(async () => {
    fireEvent.click(button);
  });
};

const select = (header: string) =>
  screen.getByRole('combobox', { name: `Import the column “${header}” as` }) as HTMLSelectElement;

const FILE = [
  'Role,Employer,Stage,Where,Remarks',
  `${analyst.title},${analyst.company},Offer,Rotterdam,Call back Friday`,
  'Técnica de laboratorio,Bioquímica Sur,Wishlist,Sevilla,',
  ',Nameless Ltd,Applied,Paris,',
].join('\n');

describe('CSV import', () => {
  it('guesses the columns, lets the user change one, previews, then writes on apply', async () => {
    await seed(analyst, 'applied', T0);
    renderWithPlatform(<DataTransfer />);
    await chooseCsv(FILE);

    expect(select('Role').value).toBe('title');
    expect(select('Employer').value).toBe('company');
    expect(select('Stage').value).toBe('status');
    expect(select('Remarks').value).toBe('notes');
    // "Where" names nothing Reqlens knows: the user says it is the location.
    expect(select('Where').value).toBe('ignore');
    fireEvent.change(select('Where'), { target: { value: 'location' } });
    expect(select('Where').value).toBe('location');
    // Nothing is written before the preview is applied.
    await click('Show what will change');
    expect(await listPostings()).toHaveLength(1);

    const summary = await screen.findByText(/new job/);
    expect(summary.textContent).toBe('1 new job, 1 updated, 0 already up to date, 1 row skipped.');
    const added = screen.getByRole('region', { name: 'Will be added' });
    expect(added.textContent).toContain('Técnica de laboratorio at Bioquímica Sur, filed as Saved');
    const updated = screen.getByRole('region', { name: /Will be updated/ });
    expect(within(updated).getByText('Status: Applied → Offer')).toBeTruthy();
    expect(within(updated).getByText('Notes: (empty) → Call back Friday')).toBeTruthy();
    const skipped = screen.getByRole('region', { name: /Rows skipped/ });
    expect(skipped.textContent).toContain('Line 4');
    expect(skipped.textContent).toContain('it has no job title');

    await click('Apply import');
    await screen.findByText('Imported: 1 new and 1 updated jobs; 1 row was skipped.');
    expect((await getPosting(analyst.jobKey))?.status).toBe('offer');
    const added2 = (await db.postings.toArray()).find((p) => p.company === 'Bioquímica Sur');
    expect(added2?.location).toBe('Sevilla');
    expect(added2?.status).toBe('saved');
  });

  it('needs a title column before it can show anything', async () => {
    renderWithPlatform(<DataTransfer />);
    await chooseCsv('Job,Firm\nWelder,Acme\n');
    expect(select('Job').value).toBe('title');
    fireEvent.change(select('Job'), { target: { value: 'ignore' } });
    expect(screen.getByRole('alert').textContent).toMatch(/job title/);
    expect(
      (screen.getByRole('button', { name: 'Show what will change' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('goes back from the preview to the columns, and cancels without writing', async () => {
    renderWithPlatform(<DataTransfer />);
    await chooseCsv('Title,Company\nWelder,Acme\n');
    await click('Show what will change');
    await screen.findByRole('region', { name: 'Will be added' });
    await click('Back to the columns');
    expect(select('Title').value).toBe('title');
    await click('Cancel');
    expect(screen.queryByRole('combobox')).toBeNull();
    await waitFor(async () => expect(await listPostings()).toHaveLength(0));
  });

  it('shows how dates like 03/04/2025 are read, and reads them the other way when told', async () => {
    renderWithPlatform(<DataTransfer />);
    await chooseCsv('Title,Applied\nWelder,03/04/2025\nBaker,19/04/2025\n');
    await click('Show what will change');
    const dates = await screen.findByRole('region', { name: 'How dates are read' });
    const day = (m: number, d: number) =>
      new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date(2025, m - 1, d));
    expect(dates.textContent).toContain(`Line 2: 03/04/2025 is read as ${day(4, 3)}`);
    expect(dates.textContent).toContain('line 3 of this column has 19/04/2025');
    const order = within(dates).getByRole('combobox', {
      name: 'Dates in “Applied” are written',
    }) as HTMLSelectElement;
    expect(order.value).toBe('dmy');

    await act(async () => {
      fireEvent.change(order, { target: { value: 'mdy' } });
    });
    await waitFor(() => expect(dates.textContent).toContain(`is read as ${day(3, 4)}`));
    expect(dates.textContent).toContain('as you chose');

    await click('Apply import');
    await screen.findByText(/Imported: 2 new/);
    const welder = (await listPostings()).find((p) => p.title === 'Welder');
    expect(welder?.appliedAt).toBe(new Date(2025, 2, 4).getTime());
  });

  it('says which new jobs had their description read, and what it found', async () => {
    renderWithPlatform(<DataTransfer />);
    const text = 'Requirements:\n- 5 years of experience as a welder\n- A valid driving licence';
    await chooseCsv(`Title,Description\nWelder,"${text}"\nBaker,\n`);
    await click('Show what will change');
    // The preview waits for the engine's first load (its lexicons compiled): slow on a busy machine.
    const added = await screen.findByRole('region', { name: 'Will be added' });
    expect(screen.getByText(/read the description of 1 new job as it reads a page/)).toBeTruthy();
    expect(added.textContent).toMatch(
      /Welder, filed as Saved; \d+ requirements? read from its description/,
    );
    expect(added.textContent).toMatch(/Baker, filed as Saved(?!;)/);
  });
});
