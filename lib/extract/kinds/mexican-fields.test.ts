import { describe, expect, it } from 'vitest';
import { extract } from '../index';

describe('Mexican record lines for the place and travel', () => {
  it.each([
    [
      'Supervisor de almacén\n\nRequisitos:\n- Zona de trabajo: Guadalajara\n- Turnos rotativos',
      ['Guadalajara'],
    ],
    ['Vendedor\n\nOfrecemos:\n- Zona de Trabajo: Zona norte de Monterrey', ['Monterrey']],
    ['Capturista\n\nZona de trabajo: zona oriente de Puebla', ['Puebla']],
  ])('%s', (text, want) => {
    expect(extract({ text }).posting.locations).toEqual(want);
  });

  it('reads "Disponibilidad de viaje" as travel', () => {
    const x = extract({ text: 'Consultor SAP\n\nRequisitos:\n- Disponibilidad de viaje (30%)' });
    expect(x.requirements.some((r) => r.kind === 'travel')).toBe(true);
  });

  it('leaves a travel agency or an incentive trip alone', () => {
    for (const text of [
      'Asesor de ventas\n\nSomos una agencia de viaje con 20 años en el mercado.',
      'Asesor de ventas\n\nBeneficios: viaje de incentivo anual para los mejores vendedores.',
    ]) {
      expect(extract({ text }).requirements.some((r) => r.kind === 'travel')).toBe(false);
    }
  });
});
