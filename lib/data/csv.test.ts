import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, neutraliseFormula, quoteCell, toCsvText } from './csv';

/** A strict RFC 4180 reader (CRLF records, quoted fields), written independently of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else if (ch === '"' || ch === '\r' || ch === '\n') {
      throw new Error(`bare ${JSON.stringify(ch)} outside quotes at ${i}`);
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last record not ended by CRLF');
  return rows;
}

function body(csv: string): string {
  expect(csv.startsWith(BOM)).toBe(true);
  return csv.slice(BOM.length);
}

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+33 1 23 45 67 89', `'+33 1 23 45 67 89`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('prefixes %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['Ingénieure logiciel', 'Berlin, Deutschland', 'a=b', '', "'quoted"])(
    'leaves %j alone',
    (input) => {
      expect(neutraliseFormula(input)).toBe(input);
    },
  );
});

describe('quoteCell', () => {
  it('quotes commas, quotes and line breaks and doubles inner quotes', () => {
    expect(quoteCell('Paris, France')).toBe('"Paris, France"');
    expect(quoteCell('The "A" team')).toBe('"The ""A"" team"');
    expect(quoteCell('line one\nline two')).toBe('"line one\nline two"');
    expect(quoteCell('a\r\nb')).toBe('"a\r\nb"');
    expect(quoteCell('München')).toBe('München');
  });
});

describe('toCsvText', () => {
  it('writes a BOM, CRLF record ends and quoted fields', () => {
    const csv = toCsvText([
      ['title', 'company'],
      ['Desarrollador, Backend', 'Niño "Tech"'],
    ]);
    expect(csv).toBe(`${BOM}title,company\r\n"Desarrollador, Backend","Niño ""Tech"""\r\n`);
  });

  it('keeps a neutralised cell that needs quoting both neutralised and quoted', () => {
    const csv = toCsvText([['=1,2']]);
    expect(body(csv)).toBe(`"'=1,2"\r\n`);
  });

  it('round-trips through an RFC 4180 reader to the neutralised cells (property)', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('"', ',', '\r', '\n', '=', '+', '-', '@', '\t', 'a', 'é'),
      }),
    );
    // At least one cell per row: a row of zero cells has no CSV representation.
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(rows, (input) => {
        const parsed = parseCsv(body(toCsvText(input)));
        expect(parsed).toEqual(input.map((r) => r.map(neutraliseFormula)));
        for (const r of parsed) {
          for (const c of r) expect(/^[=+\-@\t\r]/.test(c)).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
