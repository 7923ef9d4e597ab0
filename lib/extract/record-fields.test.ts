import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Postings exported as "FIELD: value" records (an applicant-tracking sheet, a board's export):
 * the contract kind and the pay stand alone after their labels.
 */
describe('labelled record fields', () => {
  const posting = (text: string) => extract({ text }).posting;

  it('reads the monthly pay of a record that names a Brazilian state, with no currency sign', () => {
    const text = 'VAGA: Pedreiro\nREGIME: CLT\nSALÁRIO: 2380.50\nUF: MINAS GERAIS\n';
    expect(posting(text).salary).toEqual({
      min: 2380.5,
      max: 2380.5,
      currency: null,
      period: 'month',
    });
  });

  it('still leaves a bare figure alone when no country is given', () => {
    expect(posting('Pedreiro\n\nSALÁRIO: 2380.50\n').salary).toBeNull();
  });

  it('reads a PJ contract from a Portuguese "modalidade" field', () => {
    expect(posting('CARGO: Projetista\nMODALIDADE DA VAGA: PJ\n').employmentType).toBe('contract');
    expect(posting('Cargo: Projetista\nModalidade: PJ\n').employmentType).toBe('contract');
    expect(posting('Cargo: Projetista\nModalidade: CLT\n').employmentType).toBeNull();
  });

  it('keeps an Italian record with a VAT-number contract as a contract', () => {
    const text = 'Ruolo: Grafico\nContratto: partita IVA\nCompenso: 1.800 euro al mese\n';
    expect(posting(text).employmentType).toBe('contract');
  });
});

describe('a minimum that is the candidate’s, before a clause that starts with "we"', () => {
  const years = (text: string) =>
    extract({ text }).requirements.flatMap((r) => (r.kind === 'experience' ? [r.minYears] : []));

  it('reads "minimum N jaar" followed by "we ..." as the candidate’s years', () => {
    expect(
      years(
        'Ontwikkelaar\n\n## Profiel\n- Minimum 4 jaar ervaring met PHP, we zoeken geen junior.',
      ),
    ).toEqual([4]);
    expect(years('Developer\n\n## Profile\n- At least 4 years with PHP, we mean it.')).toEqual([4]);
  });

  it('still drops the company’s own years before "we"', () => {
    expect(years('Ontwikkelaar\n\nMet 30 jaar ervaring, wij bouwen software voor havens.')).toEqual(
      [],
    );
  });
});

describe('a vocational course named as the required schooling', () => {
  const levels = (text: string) =>
    extract({ text }).requirements.flatMap((r) => (r.kind === 'education' ? [r.level] : []));

  it('reads "curso profissionalizante" as vocational training', () => {
    expect(
      levels('CARGO: Soldador\nFORMAÇÃO EXIGIDA: Curso profissionalizante em solda\n'),
    ).toEqual(['vocational']);
    expect(levels('Mecânico\n\nRequisitos:\n- Ensino profissionalizante concluído')).toEqual([
      'vocational',
    ]);
  });
});

describe('a record whose keys are joined words ("jobTitle", "CompanyName")', () => {
  it.each([
    [
      'id: 7\nfunctionName: Magazijnmedewerker\nlocation: Zwolle\n\nJij werkt in ons magazijn.',
      'Magazijnmedewerker',
      null,
      ['Zwolle'],
    ],
    [
      'jobTitle: Warehouse Operative\ncompanyName: Acme Logistics\njobLocation: Leeds\n\nYou pick orders.',
      'Warehouse Operative',
      'Acme Logistics',
      ['Leeds'],
    ],
    [
      'JobTitle: Cuoco\nCompanyName: Trattoria Verde\nWorkLocation: Bologna\n\nCucini per noi.',
      'Cuoco',
      'Trattoria Verde',
      ['Bologna'],
    ],
  ])('%s', (text, title, company, locations) => {
    const { posting } = extract({ text });
    expect([posting.title, posting.company, posting.locations]).toEqual([
      title,
      company,
      locations,
    ]);
  });
});
