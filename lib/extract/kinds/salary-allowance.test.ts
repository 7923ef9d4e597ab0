import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const salary = (head: string, ...lines: string[]) =>
  extract({ text: `${head}\n\nConditions\n${lines.map((l) => `- ${l}`).join('\n')}\n` }).posting
    .salary;

describe('a daily allowance or mileage is no pay', () => {
  it.each([
    ['Field Nurse\nCalgary, AB', 'A per diem of $45 for each day on the road.'],
    ['Infirmier\nQuébec, QC', 'Une allocation (perdiem) de 35 $ à 70 $ par jour de déplacement.'],
    ['Monteur\nKassel', 'Spesen von 28 € pro Tag auf Montage.'],
    ['Técnico\nMéxico', 'Viáticos de $500 por día en comisión.'],
    ['Tecnico\nVerona', 'Diaria di 50 € per ogni giorno di trasferta.'],
    ['Técnico\nBraga', 'Diárias de 40 € nas deslocações.'],
  ])('%j: nothing read from the allowance', (head, line) => {
    expect(salary(head, line)).toBeNull();
  });

  it('reads the hourly pay beside the allowance', () => {
    expect(
      salary(
        'Ergothérapeute\nMontréal, QC',
        "À partir de 52 $ de l'heure.",
        'Une allocation (perdiem) de 35 $ à 70 $ par jour travaillé.',
      ),
    ).toEqual({ min: 52, max: null, currency: 'CAD', period: 'hour' });
  });
});
