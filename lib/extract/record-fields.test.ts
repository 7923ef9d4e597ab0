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
