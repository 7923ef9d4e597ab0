import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type Harness, launch } from './fixtures';
import { readPostings } from './store';

/** Screenshots are test artifacts: they are what users see, so look at them. */
const ARTIFACTS = path.resolve(import.meta.dirname, '../test-results/screenshots');

/** A tracker as a person keeps it in a spreadsheet, with one row the import must skip. */
const SHEET = [
  'Job Title,Employer,Stage,Location,Salary,Date Applied,Job URL,Notes',
  'Ingénieure qualité,Atelier Garonne,Interviewing,Toulouse,"48.000 € per year",2026-03-02,https://garonne.example/jobs/qa-12,Entretien technique mardi',
  'Lagerlogistiker,Nordhafen GmbH,Applied,Hamburg,,02.03.2026,https://nordhafen.example/karriere/4411,',
  'Analista de datos,Ribera Datos,Wishlist,Valencia,"35k-42k EUR",,,',
  'Zorgcoördinator,Zorggroep Amstel,Offer,Amsterdam,,03/02/2026,,Aanbod bespreken',
  ',Missing Title Ltd,Applied,London,,2026-02-20,,',
].join('\r\n');

describe('importing a spreadsheet through the dashboard and exporting it again', () => {
  let h: Harness;
  let exported = '';

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('maps the columns, previews, applies in one go and lists the skipped row', async () => {
    const file = path.join(ARTIFACTS, 'tracker-sheet.csv');
    writeFileSync(file, SHEET);
    const settings = await h.extensionPage('dashboard.html#/settings');
    await settings.setViewportSize({ width: 1100, height: 900 });
    await settings.getByLabel('Choose an export file to import').setInputFiles(file);

    const column = (name: string) => settings.getByLabel(`Import the column “${name}” as`);
    await expect.poll(() => column('Job Title').inputValue()).toBe('title');
    expect(await column('Employer').inputValue()).toBe('company');
    expect(await column('Stage').inputValue()).toBe('status');
    expect(await column('Date Applied').inputValue()).toBe('appliedAt');
    expect(await column('Job URL').inputValue()).toBe('url');
    await column('Notes').scrollIntoViewIfNeeded();
    await settings.screenshot({ path: path.join(ARTIFACTS, 'csv-mapping.png'), fullPage: true });
    expect(await seriousViolations(settings)).toEqual([]);
    expect(await readPostings(settings)).toEqual([]);

    await settings.getByRole('button', { name: 'Show what will change' }).click();
    const summary = settings.getByText(/new jobs?, \d+ updated/);
    await expect
      .poll(() => summary.textContent())
      .toBe('4 new jobs, 0 updated, 0 already up to date, 1 row skipped.');
    // 03/02/2026 could be either; the column's 02.03.2026 says the day comes first.
    const dates = settings.getByRole('region', { name: 'How dates are read' });
    expect(await dates.textContent()).toContain('line 3 of this column has 02.03.2026');
    expect(await dates.getByLabel('Dates in “Date Applied” are written').inputValue()).toBe('dmy');
    const skipped = settings.getByRole('region', { name: /Rows skipped/ });
    expect(await skipped.textContent()).toContain('it has no job title');
    await settings.screenshot({ path: path.join(ARTIFACTS, 'csv-preview.png'), fullPage: true });
    expect(await seriousViolations(settings)).toEqual([]);

    await settings.getByRole('button', { name: 'Apply import' }).click();
    await expect
      .poll(async () => (await readPostings(settings)).map((p) => [p.title, p.status]).sort())
      .toEqual([
        ['Analista de datos', 'saved'],
        ['Ingénieure qualité', 'interviewing'],
        ['Lagerlogistiker', 'applied'],
        ['Zorgcoördinator', 'offer'],
      ]);
    await settings
      .locator('p.notice')
      .getByText('Imported: 4 new and 0 updated jobs; 1 row was skipped.')
      .waitFor();
    await settings.close();
  });

  it('shows the imported jobs in the table with their location and salary', async () => {
    const table = await h.extensionPage('dashboard.html#/table');
    await table.setViewportSize({ width: 1280, height: 700 });
    await table.getByText('4 postings').waitFor();
    const row = table.getByRole('row', { name: /Ingénieure qualité/ });
    expect(await row.textContent()).toContain('Toulouse');
    expect(await row.textContent()).toMatch(/48,000/);
    await table.screenshot({ path: path.join(ARTIFACTS, 'table-imported.png'), fullPage: true });
    expect(await seriousViolations(table)).toEqual([]);
    await table.close();
  });

  it('exports the tracker as CSV with statuses in words, and that file imports as no change', async () => {
    const settings = await h.extensionPage('dashboard.html#/settings');
    const [download] = await Promise.all([
      settings.waitForEvent('download'),
      settings.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const file = path.join(ARTIFACTS, 'tracker-export.csv');
    await download.saveAs(file);
    exported = readFileSync(file, 'utf8');
    const [header, ...lines] = exported.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Title,Company,Location,Status,Status changed,Saved,Applied,Interviews,Deadline,Work model,Employment type,Salary,Fit,Requirements,URL,Notes',
    );
    expect(lines.filter((l) => l !== '')).toHaveLength(4);
    expect(exported).toContain('Ingénieure qualité,Atelier Garonne,Toulouse,Interviewing');
    expect(exported).toContain('35000–42000 EUR');

    await settings.getByLabel('Choose an export file to import').setInputFiles(file);
    await settings.getByRole('button', { name: 'Show what will change' }).click();
    await settings
      .getByText('0 new jobs, 0 updated, 4 already up to date, 0 rows skipped.')
      .waitFor();
    expect(await settings.getByRole('button', { name: 'Apply import' }).isDisabled()).toBe(true);
    await settings.close();
  });
});
