import { describe, expect, it } from 'vitest';
import type { ExportPlace } from '@/lib/data/problems';
import {
  backupProblem,
  csvFileProblem,
  csvMappingProblem,
  csvRowProblem,
  importProblem,
} from './data-problems';

describe('data problems, worded', () => {
  it('names the file’s limits with their figures', () => {
    expect(csvFileProblem({ code: 'tooManyRows', maxRows: 5000 })).toMatch(/more than 5000 jobs/);
    expect(csvFileProblem({ code: 'tooLarge', maxMb: 5 })).toMatch(/too large .* 5 MB/);
    expect(csvFileProblem({ code: 'tooManyColumns', columns: 140, maxColumns: 100 })).toBe(
      'This file has 140 columns; Reqlens reads at most 100.',
    );
    expect(csvFileProblem({ code: 'noHeader' })).toMatch(/no header line/);
    expect(csvFileProblem({ code: 'noRows' })).toMatch(/no jobs/);
  });

  it('quotes the cell a row was skipped for, cut when it is long', () => {
    expect(csvRowProblem({ code: 'badDate', cell: '31.02.2026' })).toBe(
      'the date “31.02.2026” is not one Reqlens can read (write it like 2026-03-31)',
    );
    const long = csvRowProblem({ code: 'badUrl', cell: `ftp://${'x'.repeat(100)}` });
    expect(long).toMatch(/^the address “ftp:\/\/x{34}…” is not a web address/);
    expect(csvRowProblem({ code: 'sameJobAs', line: 7 })).toBe('it is the same job as line 7');
    expect(csvRowProblem({ code: 'tooLong', field: 'notes' })).toBe('its notes are too long');
    expect(csvRowProblem({ code: 'outOfRange', field: 'deadline', detail: 'Too small' })).toBe(
      'its deadline is out of range (Too small)',
    );
    expect(csvRowProblem({ code: 'unclosedQuote' })).toMatch(/never closed/);
  });

  it('says what a JSON file is when it is not an export, and where an export is damaged', () => {
    expect(importProblem({ code: 'notAnObject', holds: 'list' })).toBe(
      'This is not a Reqlens export: the file holds a list, not an export object.',
    );
    expect(importProblem({ code: 'notAnObject', holds: 'string' })).toMatch(/holds a string,/);
    expect(importProblem({ code: 'otherFormat', format: null, expected: 'reqlens-export' })).toBe(
      'This is not a Reqlens export: it has no "format" field (expected "reqlens-export").',
    );
    expect(importProblem({ code: 'newerVersion', version: 3, reads: 1 })).toMatch(
      /newer Reqlens \(format version 3\); this one reads version 1\. Update/,
    );
    const place: ExportPlace = {
      at: 'row',
      item: 'posting',
      number: 2,
      jobKey: 'lever:9f',
      rest: ['status'],
    };
    const issue = { place, detail: 'Invalid option' };
    expect(importProblem({ code: 'invalidRows', count: 5, issues: [issue, issue, issue] })).toBe(
      'This export is damaged, 5 problems: posting 2 ("lever:9f") › status: Invalid option; ' +
        'posting 2 ("lever:9f") › status: Invalid option; posting 2 ("lever:9f") › status: ' +
        'Invalid option (and 2 more). Nothing was imported.',
    );
    expect(importProblem({ code: 'orphanRow', item: 'note', id: 4, jobKey: 'indeed:x' })).toBe(
      'This export is damaged: note 4 belongs to posting "indeed:x", which is not in the file. Nothing was imported.',
    );
    expect(importProblem({ code: 'noRoom' })).toMatch(
      /^Your browser has no room left.*imported\.$/,
    );
    expect(importProblem({ code: 'writeRefused' })).not.toMatch(/Dexie|bulkAdd/);
    expect(importProblem({ code: 'notJson' })).toMatch(/not JSON/);
  });

  it('says what the mapping and the backups need', () => {
    expect(csvMappingProblem({ code: 'noTitleColumn' })).toMatch(/job title/);
    expect(backupProblem({ code: 'downloadsDenied' })).toMatch(/permission .* Downloads/);
  });
});
