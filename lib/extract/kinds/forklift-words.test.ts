import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** Forklift tickets as Spanish, Mexican and French postings write them. */
describe('a forklift ticket', () => {
  it.each([
    'Carnet de carretillero en vigor',
    'Se requiere carnet de carretillero',
    'Licencia de montacargas vigente',
    'Permis cariste exigé',
  ])('%s', (line) => {
    const text = [
      'Operario de almacén',
      'ETT Flexiplus',
      'Zaragoza',
      '',
      'Requisitos:',
      `- ${line}`,
    ];
    const names = extract({ text: text.join('\n') }).requirements.map((r) =>
      'name' in r ? r.name : null,
    );
    expect(names).toContain('Forklift licence');
  });
});

describe('the field of a specialisation ends before its plus', () => {
  it('Especialização em Terapia Intensiva será um diferencial', () => {
    const text = ['Enfermeiro', 'Hospital São Lucas', '', 'Requisitos:'];
    text.push('- Especialização em Terapia Intensiva será um diferencial');
    const education = extract({ text: text.join('\n') }).requirements.find(
      (r) => r.kind === 'education',
    );
    expect(education).toMatchObject({ field: 'Terapia Intensiva', required: false });
  });
});
