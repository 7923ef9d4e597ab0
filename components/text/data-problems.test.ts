import { describe, expect, it } from 'vitest';
import { backupProblem, csvFileProblem, csvMappingProblem, csvRowProblem } from './data-problems';

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

  it('says what the mapping and the backups need', () => {
    expect(csvMappingProblem({ code: 'noTitleColumn' })).toMatch(/job title/);
    expect(backupProblem({ code: 'downloadsDenied' })).toMatch(/permission .* Downloads/);
  });
});
