import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const languages = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'language')
    .map((r) => [r.language, r.level]);

describe('pay as Latin-American postings write it', () => {
  it('reads Mexican pesos named in words, by the month', () => {
    const text =
      'Analista de presupuesto\n\n## CONDICIONES\n\n* Sueldo bruto de 28,000 a 33,000 pesos mexicanos.';
    expect(extract({ text }).posting.salary).toEqual({
      min: 28000,
      max: 33000,
      currency: 'MXN',
      period: 'month',
    });
  });

  it("reads an intern's hourly stipend in reais", () => {
    const text =
      'Estagiário de Suporte\n\n📌 Benefícios:\n💰 Bolsa Auxílio: R$ 11,50/hora\n🚎 Vale Transporte';
    expect(extract({ text }).posting.salary).toEqual({
      min: 11.5,
      max: 11.5,
      currency: 'BRL',
      period: 'hour',
    });
  });
});

describe('Portuguese "estágio" as a stage', () => {
  it('reads a startup in its early stage as no internship', () => {
    const text =
      'Analista de Operações\nSão Paulo, SP\n\n## Cultura\n\nSomos uma empresa em estágio inicial e ' +
      'crescemos rápido.\n\n## Remuneração\n\nR$3.000,00 em contrato de pessoa jurídica.';
    expect(extract({ text }).posting.employmentTypes).toEqual(['contract']);
  });

  it('still reads an internship offer', () => {
    const text = 'Estágio em Marketing\n\nContratação: estágio de 6 horas diárias.';
    expect(extract({ text }).posting.employmentTypes).toContain('internship');
  });
});

describe('languages', () => {
  it('reads "buen manejo" of a language as professional', () => {
    const text = 'Economista\n\n## REQUISITOS\n\n* Buen manejo del idioma inglés.';
    expect(languages(text)).toEqual([['en', 'professional']]);
  });

  it("reads no Italian in Québec's savings accounts", () => {
    const text =
      'Développeur Web\n\nLes avantages\n- Semaine de 35 heures\n- REER & CELI avec contribution de l’employeur';
    expect(languages(text)).toEqual([]);
  });

  it('still reads the Italian test with its level', () => {
    const text = 'Guida turistica\n\nRequisiti\n- Certificazione CELI 3 o superiore';
    expect(languages(text).map(([l]) => l)).toEqual(['it']);
  });
});

describe('Colombian requirement blocks', () => {
  it('reads years and a gerund under "¿Quién eres?"', () => {
    const text =
      'Científica de Datos\nAcme\n\n🚀 ¿Quién eres?\nEntre 2 y 4 años entrenando modelos de lenguaje.\n' +
      'Experiencia con Python.';
    const years = extract({ text }).requirements.filter((r) => r.kind === 'experience');
    expect(years.map((r) => [r.minYears, r.maxYears, r.required])).toContainEqual([2, 4, true]);
  });

  it('reads where the candidate must live as the place', () => {
    const text =
      'Consultor de Datos\n\n¿Qué se necesita para aplicar?\n• Inglés intermedio.\n• Residir en Medellín.';
    expect(extract({ text }).posting.locations).toEqual(['Medellín']);
  });

  it('reads every town of a residence list', () => {
    const text =
      'Analista de Nube\n\nRequisitos\n• Inglés intermedio.\n• Residir en Medellín, Cali o Barranquilla.';
    expect(extract({ text }).posting.locations).toEqual(['Medellín', 'Cali', 'Barranquilla']);
  });

  it('reads a Mexican town after "ubicado en"', () => {
    expect(
      extract({ text: 'Contador\n\nPuesto ubicado en Monterrey, con horario de oficina.' }).posting
        .locations,
    ).toEqual(['Monterrey']);
  });
});
