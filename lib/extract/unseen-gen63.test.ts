import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (Brazilian community job boards' issues, Arbeitnow
 * records in French and German, a Dutch careers page, Indeed-like German ads). Sentences are
 * written for these tests.
 */
const posting = (text: string) => extract({ text }).posting;

describe('a pay word glued to a digit is part of a name, not a pay word', () => {
  it.each([
    'Analista de Sistemas\n\nVagas na Base2 Sistemas (www.base2.com.br) - 03/06/2021\n\nRemotas no Brasil:\n\n- 3 vagas de Analista',
    'Analista de Dados\n\nVagas na Salario3 Tecnologia - 03/06/2021\n\nRemotas no Brasil:\n\n- 2 vagas de Analista',
  ])('reads no salary from a posting date beside %#', (text) => {
    // In Brazil a bare figure of this size would be a month's pay, once a pay word is read.
    expect(posting(text).salary).toBeNull();
  });

  it('still reads a pay word written on its own', () => {
    const text =
      'Analista de Sistemas\nAcme\nSão Paulo\n\nSalário base: R$ 4.500,00 por mês.\n\nContratação CLT.';
    expect(posting(text).salary).toMatchObject({ min: 4500, currency: 'BRL', period: 'month' });
  });
});

describe('a contract type named only as the exception is not the job’s', () => {
  it.each([
    [
      'pt',
      'Desenvolvedor Java\nAcme\nRecife\n\nTodas as nossas vagas são CLT, com exceção das vagas de estágio.\n\nRequisitos: Java.',
    ],
    [
      'en',
      'Java Developer\nAcme\nLeeds\n\nAll our openings are permanent roles, except internships.\n\nRequirements: Java.',
    ],
    [
      'fr',
      'Développeur Java\nAcme\nLille\n\nTous nos postes sont en CDI, sauf le stage de fin d’études.\n\nProfil : Java.',
    ],
    [
      'de',
      'Java-Entwickler (m/w/d)\nAcme GmbH\nKassel\n\nAlle Stellen sind unbefristet, außer dem Praktikum.\n\nProfil: Java.',
    ],
    [
      'it',
      'Sviluppatore Java\nAcme\nTorino\n\nTutte le posizioni sono a tempo indeterminato, tranne lo stage.\n\nRequisiti: Java.',
    ],
  ])('(%s) gives no internship', (_lang, text) => {
    expect(posting(text).employmentTypes).not.toContain('internship');
  });

  it('keeps an internship stated outright', () => {
    const text = 'Estágio em Desenvolvimento\nAcme\nRecife\n\nVaga de estágio, 6 horas por dia.';
    expect(posting(text).employmentTypes).toContain('internship');
  });
});

describe('the employer after "@"/"na"/"chez"/"bei" keeps its name when its web address follows', () => {
  it.each([
    ['[Remoto] Dev Python @ Cobalto Sistemas (www.cobalto.com.br)', 'Cobalto Sistemas'],
    ['[Remoto] Desenvolvedor PHP na Lumen Dados (lumendados.com.br)', 'Lumen Dados'],
    ['Développeur PHP chez Ardoise Logiciels (www.ardoise.fr)', 'Ardoise Logiciels'],
    ['Java-Entwickler bei Kiesel Software (kiesel-software.de)', 'Kiesel Software'],
  ])('%s', (title, company) => {
    const text = `${title}\n\n## Descrição da vaga\n\nTrabalho com APIs.\n\n## Requisitos\n\n- Git`;
    expect(posting(text).company).toBe(company);
  });
});

describe('a place line under its heading: the kind of office first, a district beside the city', () => {
  it.each([
    ['Escritório, Botafogo - Rio de Janeiro', 'Rio de Janeiro'],
    ['Escritório, Curitiba - Batel', 'Curitiba'],
    ['Savassi - Belo Horizonte', 'Belo Horizonte'],
  ])('%s', (line, city) => {
    const text = `Desenvolvedor Android\n\n## Descrição da vaga\n\nVaga para desenvolver apps Android.\n\n## Local\n\n${line}\n\n## Requisitos\n\n- Kotlin`;
    expect(posting(text).locations).toEqual([city]);
  });
});
