// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearAll,
  db,
  getPosting,
  notesFor,
  postingHistory,
  recordCapture,
  setStatus,
} from '../db';
import { CSV_MAX_ROWS, readCsvTable } from './csv-read';
import { buildTrackerCsv, CSV_HEADER } from './export';
import { support, supportExtraction } from './fixtures';
import { applyCsvImport, previewCsvImport, startCsvImport } from './import-csv';
import { DAY, seedTracker, T0 } from './testing-db';

const NOW = T0 + 30 * DAY;

/** The file read with its guessed mapping; fails the test when the file is refused. */
function started(text: string) {
  const start = startCsvImport(text);
  if (!start.ok) throw new Error(start.problem.code);
  return start;
}

async function importCsv(text: string, now = NOW) {
  const { table, mapping } = started(text);
  return applyCsvImport(table, mapping, now, { locale: 'en-US' });
}

/** A tracker CSV's rows as header → cell records, without the columns the engine recomputes. */
function records(csv: string) {
  const read = readCsvTable(csv);
  if (!read.ok) throw new Error(read.problem.code);
  const kept = read.header.filter((h) => h !== 'Requirements' && h !== 'Fit');
  return read.rows
    .map((r) => Object.fromEntries(kept.map((h) => [h, r.cells[read.header.indexOf(h)]])))
    .sort((a, b) => String(a.Title).localeCompare(String(b.Title)));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Reqlens' own CSV", () => {
  beforeEach(seedTracker);

  it('imported over the tracker it came from changes nothing', async () => {
    const { table, mapping } = started(await buildTrackerCsv());
    expect(mapping.filter((t) => t !== 'ignore')).toHaveLength(CSV_HEADER.length - 2);
    const preview = await previewCsvImport(table, mapping, NOW, { locale: 'en-US' });
    expect(preview).toMatchObject({ added: [], updated: [], unchanged: 2, skipped: [] });
  });

  it('exported, then imported into an empty tracker, gives the same records', async () => {
    await setStatus(support.jobKey, 'interviewing', T0 + 5 * DAY);
    const before = await buildTrackerCsv();
    await clearAll();
    const result = await importCsv(before);
    expect(result.added.map((a) => a.title).sort()).toEqual([
      'Comptable fournisseurs (H/F)',
      'Customer Support Lead',
    ]);
    expect(records(await buildTrackerCsv())).toEqual(records(before));
    // The import is the user's own data: a later reading of the page keeps the title.
    const lead = await getPosting(support.jobKey);
    expect(lead?.edited).toContain('title');
    expect((await postingHistory(support.jobKey)).map((e) => e.to)).toEqual(['interviewing']);
  });
});

describe('matching and merging', () => {
  beforeEach(async () => {
    await clearAll();
    await recordCapture(support, supportExtraction, T0);
    await setStatus(support.jobKey, 'applied', T0 + DAY);
  });

  it('updates a posting found by its address and lists what changes', async () => {
    const csv = [
      'Job Title,Employer,Status,Job URL,Salary,Notes',
      `Support Team Lead,MaplePay,Interview scheduled,${support.url}?utm_source=mail,"CAD 80,000 - 90,000 / year",Call with Priya`,
    ].join('\n');
    const { table, mapping } = started(csv);
    const preview = await previewCsvImport(table, mapping, NOW, { locale: 'en-US' });
    expect(preview.added).toEqual([]);
    expect(preview.updated).toHaveLength(1);
    expect(preview.updated[0]?.changes.map((c) => [c.column, c.before, c.after])).toEqual([
      ['Title', 'Customer Support Lead', 'Support Team Lead'],
      ['Salary', '72000–85000 CAD per year', '80000–90000 CAD per year'],
      ['Status', 'Applied', 'Interviewing'],
      ['Notes', '', 'Call with Priya'],
    ]);
    await applyCsvImport(table, mapping, NOW, { locale: 'en-US' });
    const stored = await getPosting(support.jobKey);
    expect(stored?.title).toBe('Support Team Lead');
    expect(stored?.status).toBe('interviewing');
    expect(stored?.extraction.posting.salary).toEqual({
      min: 80000,
      max: 90000,
      currency: 'CAD',
      period: 'year',
    });
    // The requirements the engine read stay; the edited facts are marked as the user's.
    expect(stored?.extraction.requirements).toHaveLength(2);
    expect(stored?.edited).toEqual(['title', 'salary']);
    expect((await postingHistory(support.jobKey)).map((e) => [e.from, e.to])).toEqual([
      ['seen', 'applied'],
      ['applied', 'interviewing'],
    ]);
    expect((await notesFor(support.jobKey)).map((n) => n.text)).toEqual(['Call with Priya']);
  });

  it('finds a posting without an address by company and title, accents and case aside', async () => {
    const csv =
      'Company,Position,Stage\nmaplepay,customer support LEAD,Offer\nNordwind,Fahrer,Applied\n';
    const { table, mapping } = started(csv);
    const preview = await previewCsvImport(table, mapping, NOW, { locale: 'en-US' });
    expect(preview.updated.map((u) => u.line)).toEqual([2]);
    expect(preview.added.map((a) => [a.line, a.title, a.status])).toEqual([
      [3, 'Fahrer', 'Applied'],
    ]);
  });

  it('skips a row naming the same job as an earlier one', async () => {
    const csv = 'Title,Company\nPlanner,Acme\nplanner,ACME\n';
    const { table, mapping } = started(csv);
    const preview = await previewCsvImport(table, mapping, NOW, { locale: 'en-US' });
    expect(preview.added).toHaveLength(1);
    expect(preview.skipped).toEqual([{ line: 3, reason: { code: 'sameJobAs', line: 2 } }]);
  });
});

describe('rows that cannot be read', () => {
  beforeEach(clearAll);

  it('are listed with the reason and skipped whole; the others are written', async () => {
    const csv = [
      'Title,Company,Date Applied,Salary,URL',
      'Analyst,Acme,2026-02-30,,',
      ',Beta,,,',
      'Engineer,Gamma,,a lot,',
      'Designer,Delta,,,ftp://files.example/job',
      'Tester,Epsilon,03/15/2026,55k EUR,www.epsilon.example/jobs/7',
    ].join('\r\n');
    const result = await importCsv(csv);
    expect(result.skipped.map((s) => s.line)).toEqual([2, 3, 4, 5]);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      { code: 'badDate', cell: '2026-02-30' },
      { code: 'noTitle' },
      { code: 'badSalary', cell: 'a lot' },
      { code: 'badUrl', cell: 'ftp://files.example/job' },
    ]);
    expect(await db.postings.count()).toBe(1);
    const [tester] = await db.postings.toArray();
    expect(tester?.title).toBe('Tester');
    expect(tester?.url).toBe('https://www.epsilon.example/jobs/7');
    expect(new Date(tester?.appliedAt ?? 0).getMonth()).toBe(2);
    // No saved date in the file: the job was on the tracker by the day it was applied to.
    expect(tester?.savedAt).toBe(tester?.appliedAt);
    expect(tester?.extraction.posting.salary).toEqual({
      min: 55000,
      max: 55000,
      currency: 'EUR',
      period: null,
    });
  });

  it('writes nothing when the transaction fails', async () => {
    vi.spyOn(db.notes, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(importCsv('Title,Notes\nA,first\nB,second\n')).rejects.toThrow('disk full');
    expect(await db.postings.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
  });
});

describe('other trackers', () => {
  beforeEach(clearAll);

  it("reads Huntr's full data download", async () => {
    const csv = [
      'id,title,companyName,listName,url,location,salary,deadline,createdAt,lastMovedAt,htmlDescription,companyDomain',
      [
        '1,Data Engineer,Kestrel,Wishlist,https://kestrel.example/jobs/1,Berlin,70000',
        '2026-04-30T00:00:00.000Z,2026-03-01T10:00:00.000Z,2026-03-01T10:00:00.000Z',
        '"<p>You build pipelines.</p><ul><li>Python</li></ul>",kestrel.example',
      ].join(','),
      '2,QA Lead,Osprey,Interview,https://osprey.example/j/2,Lisboa,,,2026-02-10T09:00:00.000Z,2026-03-03T15:00:00.000Z,,osprey.example',
    ].join('\n');
    const { mapping, table } = started(csv);
    expect(Object.fromEntries(table.header.map((h, i) => [h, mapping[i]]))).toMatchObject({
      id: 'ignore',
      title: 'title',
      companyName: 'company',
      listName: 'status',
      lastMovedAt: 'statusChanged',
      createdAt: 'savedAt',
      htmlDescription: 'description',
      companyDomain: 'ignore',
    });
    await applyCsvImport(table, mapping, NOW, { locale: 'en-US' });
    const rows = (await db.postings.toArray()).sort((a, b) => (a.savedAt ?? 0) - (b.savedAt ?? 0));
    expect(rows.map((r) => [r.title, r.company, r.status])).toEqual([
      ['QA Lead', 'Osprey', 'interviewing'],
      ['Data Engineer', 'Kestrel', 'saved'],
    ]);
    const body = await db.bodies.get(rows[1]?.jobKey ?? '');
    expect(body?.text).toBe('You build pipelines.\nPython');
  });

  it("reads Teal's download, with the salary in four columns and the status as a name", async () => {
    const csv = [
      'id,company_name,role,location,url,min_salary,max_salary,salary_currency,salary_pay_period,added_at,applied_at,statusName',
      'a1,Lumen,Produktmanagerin,München,https://lumen.example/pm,65000,80000,EUR,Yearly,2026-01-05,2026-01-09,Applied',
      'a2,Norte,Diseñador,Madrid,,,,,,2026-01-07,,Bookmarked',
      'a3,Sud,Analista,Roma,,,,,,2026-01-08,,Maybe later',
    ].join('\n');
    const result = await importCsv(csv);
    expect(result.added.map((a) => [a.title, a.status])).toEqual([
      ['Produktmanagerin', 'Applied'],
      ['Diseñador', 'Saved'],
      ['Analista', 'Saved'],
    ]);
    expect(result.unknownStatuses).toEqual([{ line: 4, word: 'Maybe later' }]);
    const pm = (await db.postings.toArray()).find((p) => p.company === 'Lumen');
    expect(pm?.extraction.posting.salary).toEqual({
      min: 65000,
      max: 80000,
      currency: 'EUR',
      period: 'year',
    });
    expect(pm?.status).toBe('applied');
    expect(pm?.jobKey).toBe('url:https://lumen.example/pm');
  });
});

describe('reading the file', () => {
  it('takes semicolons, quoted line breaks and a byte order mark', () => {
    const read = readCsvTable('\uFEFFTitle;Notes\n"Koch";"Zeile 1\nZeile 2"\n');
    expect(read).toMatchObject({
      ok: true,
      header: ['Title', 'Notes'],
      rows: [{ line: 2, cells: ['Koch', 'Zeile 1\nZeile 2'] }],
    });
  });

  it('lists a line with an unclosed quote', () => {
    const read = readCsvTable('Title,Company\nA,B\n"C,D\n');
    expect(read.ok && read.broken).toEqual([{ line: 3, reason: { code: 'unclosedQuote' } }]);
  });

  it('refuses files past the bounds, and empty ones', () => {
    const many = `Title\n${'Job\n'.repeat(CSV_MAX_ROWS + 1)}`;
    expect(readCsvTable(many)).toMatchObject({
      ok: false,
      problem: { code: 'tooManyRows', maxRows: 5000 },
    });
    expect(readCsvTable('x'.repeat(5_000_001))).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge', maxMb: 5 },
    });
    expect(readCsvTable('')).toEqual({ ok: false, problem: { code: 'noHeader' } });
    expect(readCsvTable('Title\n')).toMatchObject({
      ok: false,
      problem: { code: 'noRows' },
    });
  });
});
