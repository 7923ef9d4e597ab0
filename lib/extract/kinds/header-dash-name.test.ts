import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const facts = (text: string) => {
  const { title, company, locations } = extract({ text }).posting;
  return { title, company, locations };
};

describe('a first line "Title - Employer (Place)"', () => {
  it('reads the employer a Dutch body names again', () => {
    const text = [
      '# Data Analist - Korenbloem Zorg (Zwolle, Analytics)',
      '',
      'Korenbloem Zorg helpt ouderen thuis. Wat biedt Korenbloem Zorg jou?',
      '- Een vast contract',
    ].join('\n');
    expect(facts(text)).toEqual({
      title: 'Data Analist',
      company: 'Korenbloem Zorg',
      locations: ['Zwolle'],
    });
  });

  it('reads a German employer with its legal form', () => {
    const text = 'Lagerist (m/w/d) – Nordwind Logistik GmbH\n\nIhre Aufgaben\n- Kommissionieren\n';
    expect(facts(text)).toMatchObject({ company: 'Nordwind Logistik GmbH' });
  });

  it('leaves a short name the text writes longer to the text’s own readers', () => {
    const text = [
      'Ingénieur data - Lumen (Lyon)',
      '',
      'Lumen Conseil accompagne les PME. Chez Lumen Conseil, vous rejoindrez une équipe data.',
    ].join('\n');
    expect(facts(text).company).not.toBe('Lumen');
  });

  it('keeps a title whose dash tail the text never names again', () => {
    const text = 'Backend Developer - Payments Team (Remote)\n\nWe build payment tools.\n';
    expect(facts(text).company).toBeNull();
  });

  it('reads no employer from a town with its work model in brackets', () => {
    const text = [
      'Vendedor de tienda - Quilicura (Híbrido)',
      '',
      'Trabajarás en Quilicura, en nuestra tienda principal. Vive la experiencia en Quilicura.',
    ].join('\n');
    expect(facts(text).title).toBe('Vendedor de tienda - Quilicura (Híbrido)');
  });
});
