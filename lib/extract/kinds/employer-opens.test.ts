import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** An employer that "opens a selection" or "a hire" for the job names itself before the verb. */
describe('the employer opening a selection for the job', () => {
  it.each([
    [
      'La Trattoria del Ponte apre la selezione per un aiuto cuoco.\n\nRequisiti:\n- esperienza',
      'Trattoria del Ponte',
    ],
    [
      'A Oficina Mecânica Lima abre processo seletivo para mecânico.\n\nRequisitos:\n- CNH B',
      'Oficina Mecânica Lima',
    ],
    [
      'Bodegas Ruiz abre proceso de selección para mozo de almacén.\n\nRequisitos:\n- carné B',
      'Bodegas Ruiz',
    ],
    [
      'La Maison Perrin ouvre un recrutement pour un pâtissier.\n\nProfil :\n- CAP pâtisserie',
      'Maison Perrin',
    ],
  ])('%j', (text, company) => {
    expect(extract({ text }).posting.company).toBe(company);
  });
});
