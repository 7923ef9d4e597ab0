import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/**
 * A post named in prose after "the position of", "le poste de", "die Stelle als", with no title
 * line above it; an ad naming several posts that way names none alone. Sentences in our own words.
 */
const titleOf = (lines: string[]) => extract({ text: lines.join('\n') }).posting.title;

describe('a post named after "the position of" in prose', () => {
  it.each([
    [
      'en',
      'The Village of Elm Creek invites applications to fill the open position of Water Plant Operator.',
    ],
    ['fr', 'La commune de Saint-Aubin ouvre le recrutement au poste de Technicien Informatique.'],
    ['de', 'Die Gemeinde Lindau besetzt zum 1. Mai die Stelle als Technischer Zeichner.'],
    ['es', 'El municipio de Tarma convoca a concurso el puesto de Asistente Administrativo.'],
    ['it', 'Il comune di Bra apre la selezione per la posizione di Tecnico Manutentore.'],
    ['pt', 'A prefeitura de Itu abre processo seletivo para o cargo de Auxiliar Administrativo.'],
  ])('%s: reads the post', (_lang, sentence) => {
    const title = titleOf(['NOTICE', sentence, 'Applications close on 30 June.']);
    expect(title).not.toBeNull();
    expect(sentence).toContain(title as string);
    expect(title?.split(' ').length).toBeGreaterThanOrEqual(2);
  });

  it('names no single post when the prose names two different ones', () => {
    const title = titleOf([
      'VACANCIES',
      'As a Lab Technician, you will test the samples we receive each day.',
      'As a Records Officer, you will keep the files of the office in order.',
    ]);
    expect(title).toBeNull();
  });

  it('keeps the post when the prose names it twice, once shorter', () => {
    const title = titleOf([
      'NOTICE',
      'We invite applications for the position of Senior Water Plant Operator.',
      'As a Water Plant Operator you will run the filters.',
    ]);
    expect(title).toBe('Senior Water Plant Operator');
  });
});

describe("a classified ad's post in the plural under the board's name", () => {
  it.each([
    ['en', 'CITY JOBS', 'Delivery Drivers', 'Busy courier firm needs applicants for its vans.'],
    ['es', 'EMPLEOS HOY', 'Vendedores', 'Importante empresa requiere personal para sus tiendas.'],
    ['fr', 'ANNONCES', 'Serveurs', 'Restaurant du port cherche du renfort pour la saison.'],
    ['pt', 'CLASSIFICADOS', 'Motoristas', 'Transportadora precisa de pessoal para rotas locais.'],
  ])('%s: reads the plural post as the title', (_lang, board, post, intro) => {
    expect(titleOf([board, post, intro, '- Must have a licence.'])).toBe(post);
  });
});

describe('a post in prose with a small joining word', () => {
  it.each([
    [
      'en',
      'We invite applications for the position of Director of Operations.',
      'Director of Operations',
    ],
    [
      'it',
      'La trattoria apre la selezione per il ruolo di Responsabile di Sala.',
      'Responsabile di Sala',
    ],
    ['fr', 'Le restaurant recrute au poste de Chef de Rang pour la saison.', 'Chef de Rang'],
  ])('%s: keeps the whole post', (_lang, sentence, post) => {
    expect(titleOf(['NOTICE', sentence, 'Applications close on 30 June.'])).toBe(post);
  });
});
