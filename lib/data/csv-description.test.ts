// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAll, getPosting, listPostings, recordCapture } from '../db';
import { toCsvText } from './csv';
import { support, supportExtraction } from './fixtures';
import { applyCsvImport, previewCsvImport, startCsvImport } from './import-csv';
import { DAY, T0 } from './testing-db';

const NOW = T0 + 10 * DAY;

/** Written for this test: an English and a German posting, as a tracker keeps their text. */
const DEPOT = [
  'About the role',
  'We are hiring a team lead for our Leeds depot. The job is full-time and on-site.',
  '',
  'What you bring',
  '- At least 3 years of experience leading a warehouse team',
  '- A valid forklift licence',
  '- Fluent English',
  '',
  'What we offer',
  'Salary: £32,000 - £36,000 per year',
].join('\n');

const DISPO = [
  'Ihr Profil',
  '- Mindestens 2 Jahre Berufserfahrung in der Disposition',
  '- Sehr gute Deutschkenntnisse',
  '- Führerschein Klasse B',
  '',
  'Wir bieten',
  'Vollzeit, 2 Tage Homeoffice pro Woche (hybrid). Gehalt: 42.000 – 48.000 € brutto im Jahr.',
].join('\n');

const FILE = toCsvText([
  ['Title', 'Company', 'URL', 'Work model', 'Employment type', 'Description'],
  ['Depot team lead', 'Northway', 'https://northway.example/jobs/depot-lead', 'Hybrid', '', DEPOT],
  ['Disponent (m/w/d)', 'Rheinfracht', '', '', 'Part-time', DISPO],
  ['Night porter', 'Hotel Lys', '', '', '', ''],
]);

function started() {
  const start = startCsvImport(FILE);
  if (!start.ok) throw new Error(start.problem.code);
  return start;
}

const byTitle = async (title: string) => {
  const row = (await listPostings({})).find((p) => p.title === title);
  return row && getPosting(row.jobKey);
};

beforeEach(clearAll);

describe('a CSV row with a description', () => {
  it('is read by the engine, and the preview says so', async () => {
    const { table, mapping } = started();
    const preview = await previewCsvImport(table, mapping, NOW, { locale: 'en-GB' });
    expect(preview.described).toBe(2);
    const count = Object.fromEntries(preview.added.map((a) => [a.title, a.requirements]));
    expect(count['Depot team lead']).toBeGreaterThanOrEqual(3);
    expect(count['Disponent (m/w/d)']).toBeGreaterThanOrEqual(2);
    expect(count['Night porter']).toBeNull();
  });

  it('takes the engine’s facts where the file gives none, the file’s where it does', async () => {
    const { table, mapping } = started();
    await applyCsvImport(table, mapping, NOW, { locale: 'en-GB' });

    const depot = await byTitle('Depot team lead');
    const facts = depot?.extraction.posting;
    // The file says hybrid; the text says on-site: the file is the user's word.
    expect(facts?.workplace).toBe('hybrid');
    expect(facts?.salary).toMatchObject({ min: 32000, max: 36000, currency: 'GBP' });
    expect(facts?.employmentTypes).toEqual(['full_time']);
    expect(depot?.extraction.requirements.map((r) => r.kind)).toEqual(
      expect.arrayContaining(['experience', 'license', 'language']),
    );
    expect(depot?.edited).toEqual(expect.arrayContaining(['title', 'company', 'workplace']));
    expect(depot?.edited).not.toContain('salary');
    expect(depot?.text).toBe(DEPOT);

    const dispo = await byTitle('Disponent (m/w/d)');
    expect(dispo?.extraction.posting.workplace).toBe('hybrid');
    expect(dispo?.extraction.posting.employmentTypes).toEqual(['part_time']);
    expect(dispo?.extraction.posting.salary).toMatchObject({ min: 42000, currency: 'EUR' });
    expect(dispo?.edited).toContain('employmentTypes');
    expect(dispo?.edited).not.toContain('workplace');

    const porter = await byTitle('Night porter');
    expect(porter?.extraction.requirements).toEqual([]);
  });

  it('keeps what the file gave when the page is read again later; the rest follows the page', async () => {
    const { table, mapping } = started();
    await applyCsvImport(table, mapping, NOW, { locale: 'en-GB' });
    const depot = await byTitle('Depot team lead');
    if (!depot) throw new Error('not imported');

    const page = { ...support, jobKey: depot.jobKey, url: depot.url, canonicalUrl: depot.url };
    const remote = { ...supportExtraction.posting, workplace: 'remote' as const };
    await recordCapture(page, { ...supportExtraction, posting: remote }, NOW + DAY);
    const after = await getPosting(depot.jobKey);
    expect(after?.title).toBe('Depot team lead');
    expect(after?.company).toBe('Northway');
    expect(after?.extraction.posting.workplace).toBe('hybrid');
    // The salary came from the engine, not the file: the page's newer reading replaces it.
    expect(after?.extraction.posting.salary).toEqual(supportExtraction.posting.salary);
    expect(after?.status).toBe('saved');
  });

  it('reads the description of a job imported before without one; a captured page is left as read', async () => {
    const { table, mapping } = started();
    const noText = mapping.map((t) => (t === 'description' ? 'ignore' : t));
    await applyCsvImport(table, noText, NOW, { locale: 'en-GB' });
    expect((await byTitle('Depot team lead'))?.extraction.requirements).toEqual([]);
    await recordCapture(support, supportExtraction, NOW);
    const withLead = {
      ...table,
      rows: [
        ...table.rows,
        { line: 5, cells: [support.title ?? '', 'MaplePay', support.url, '', '', DEPOT] },
      ],
    };

    const preview = await previewCsvImport(withLead, mapping, NOW + DAY, { locale: 'en-GB' });
    const depotChange = preview.updated.find((u) => u.title === 'Depot team lead');
    expect(depotChange?.changes.map((c) => c.column)).toEqual(['Requirements']);
    expect(depotChange?.requirements).toBeGreaterThanOrEqual(3);
    expect(preview.updated.map((u) => u.title)).not.toContain(support.title);

    await applyCsvImport(withLead, mapping, NOW + DAY, { locale: 'en-GB' });
    const depot = await byTitle('Depot team lead');
    expect(depot?.text).toBe(DEPOT);
    expect(depot?.extraction.requirements.length).toBeGreaterThanOrEqual(3);
    expect(depot?.extraction.posting.workplace).toBe('hybrid');
    expect(depot?.extraction.posting.salary).toMatchObject({ currency: 'GBP' });
    const lead = await getPosting(support.jobKey);
    expect(lead?.text).toBe(support.text);
    expect(lead?.extraction.requirements).toEqual(supportExtraction.requirements);
  });
});
