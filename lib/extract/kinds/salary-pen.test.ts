import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** Peru's sol, written "S/" or "S/." before the figure. */
function pay(line: string) {
  const text = ['Analista de Ventas', 'Distribuidora Andina S.A.C.', 'Lima, Perú', '', line].join(
    '\n',
  );
  return extract({ text }).posting.salary;
}

describe('the sol', () => {
  it.each([
    ['Sueldo: S/ 3,500 + comisiones', 3500],
    ['Salario: S/.2500 mensuales', 2500],
    ['Remuneración: S/ 1 800 mensuales', 1800],
  ])('%s', (line, amount) => {
    expect(pay(line)).toMatchObject({ min: amount, max: amount, currency: 'PEN', period: 'month' });
  });

  it('reads a range in soles', () => {
    expect(pay('Rango salarial: S/ 4,000 - S/ 5,500 brutos mensuales')).toMatchObject({
      min: 4000,
      max: 5500,
      currency: 'PEN',
    });
  });

  it('leaves a product named with S/ alone', () => {
    expect(pay('Experiencia con SAP S/4HANA y equipos de 3,500 usuarios')).toBeNull();
  });
});
