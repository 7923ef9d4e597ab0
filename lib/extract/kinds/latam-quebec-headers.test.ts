import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const education = (text: string) =>
  extract({ text }).requirements.filter((r) => r.kind === 'education');

describe('markdown exports of job boards: a heading that is one link or one code span', () => {
  it('reads the title, employer and place of a linked heading', () => {
    const text =
      '# [Analyste de données](https://example.org/apply/analyste-donnees)\n' +
      '### Boréal Logiciels\n' +
      '#### `🌎 Remote,Québec, Canada`\n\n' +
      '### **Description**\n\nNous cherchons une personne curieuse pour notre équipe de données.';
    const { posting } = extract({ text });
    expect(posting.title).toBe('Analyste de données');
    expect(posting.company).toBe('Boréal Logiciels');
    expect(posting.locations).toEqual(['Québec, Canada']);
  });

  it('does the same for an English export', () => {
    const text =
      '# [Support Engineer](https://example.org/apply/support-engineer)\n' +
      '### Northwind Tools\n' +
      '#### `🌎 Remote,Toronto, Canada`\n\n' +
      '### **Job Description**\n\nYou will help customers set up their accounts and fix issues.';
    const { posting } = extract({ text });
    expect(posting.title).toBe('Support Engineer');
    expect(posting.locations).toEqual(['Toronto, Canada']);
  });
});

describe('Latin-American and Québec degrees', () => {
  it.each([
    ['Ingeniera de datos\n\nRequisitos\n- Título en Ingeniería de Sistemas o afines.', 'bachelor'],
    ['Analista\n\nFormación\n- Profesional en Ingeniería Industrial.', 'bachelor'],
    ['Contador\n\n## PERFIL\n\n**Carrera:** Contaduría Pública.', 'bachelor'],
    ['Programmeur\n\nProfil\n- Baccalauréat (ou supérieur) en génie logiciel.', 'bachelor'],
    ['Technicien\n\nProfil\n- Diplôme collégial ou universitaire en informatique.', 'associate'],
  ])('%s', (text, level) => {
    expect(education(text).map((r) => r.level)).toEqual([level]);
  });

  it('does not read technical knowledge as a technician diploma', () => {
    const text =
      'Desarrollador\n\nRequisitos\n- Conocimiento técnico en bases de datos relacionales.';
    expect(education(text)).toEqual([]);
  });

  it('keeps a preferred master beside the programme a Mexican page labels', () => {
    const text = 'Economista\n\n## PERFIL\n\n**Carrera:** Economía. Maestría deseable.';
    expect(education(text).map((r) => [r.level, r.required])).toEqual([
      ['bachelor', true],
      ['master', false],
    ]);
  });
});

describe('header lines of Latin-American boards', () => {
  it('reads the employer under the title above a board heading', () => {
    const text =
      'Analista de Riesgos\nBanco Andino\n\nAcerca del empleo\n' +
      'Buscamos una persona analítica para el área de riesgos.\n\nEn Banco Andino, crecemos juntos.';
    expect(extract({ text }).posting.company).toBe('Banco Andino');
  });

  it('reads a Brazilian city with its state code as the place', () => {
    const text =
      'Assistente Financeiro\nPorto Alegre, RS\n\n## Empresa\n\nSomos uma distribuidora de alimentos.';
    expect(extract({ text }).posting.locations).toEqual(['Porto Alegre, RS']);
  });
});
