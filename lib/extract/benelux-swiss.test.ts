import { describe, expect, it } from 'vitest';
import { schoolingOf } from '../testing/requirements';
import { extract } from './index';

/** Patterns met in Dutch, Flemish, Belgian-French and Swiss postings; sentences written for the test. */

const typesOf = (text: string) => extract({ text }).posting.employmentTypes;
const titleOf = (text: string) => extract({ text }).posting.title;

describe('a care profession on the first line is a title', () => {
  it('reads French, Dutch and German health titles over a sentence that introduces the post', () => {
    expect(
      titleOf('Ergothérapeute\nNous cherchons un(e) collègue pour notre cabinet.\n\nProfil'),
    ).toBe('Ergothérapeute');
    expect(
      titleOf('Logopedist\nVoor onze praktijk in Gent zoeken we versterking.\n\nProfiel'),
    ).toBe('Logopedist');
    expect(titleOf('Psychologin\nFür unsere Praxis suchen wir Verstärkung.\n\nProfil')).toBe(
      'Psychologin',
    );
  });
});

describe('a share after the role’s gender mark gives the hours', () => {
  it('reads "(m/w/d) (30–50 %)" in a sentence as part time, wherever it stands', () => {
    const de =
      'Über uns\nWir sind ein kleines Büro in Luzern.\n\nStarte bei uns als Analyst (m/w/d) (30–50 %)!';
    expect(typesOf(de)).toEqual(['part_time']);
    const fr = 'À propos\nNous rejoindre comme comptable (H/F) 60% dès le 1er mars.';
    expect(typesOf(fr)).toEqual(['part_time']);
  });

  it('reads a full share as full time and leaves a range up to 100 % open', () => {
    expect(typesOf('Info\nWir suchen eine Fachperson Logistik (m/w) 100% ab sofort.')).toEqual([
      'full_time',
    ]);
    expect(typesOf('Info\nWir suchen eine Fachperson Logistik (m/w) 70-100% ab sofort.')).toEqual(
      [],
    );
  });
});

describe('degrees listed as alternatives with a comma', () => {
  it('takes the lowest of "A (BA/MA), B or equivalent" in German and French', () => {
    expect(
      schoolingOf(
        'Anforderungen\n- Studium der Informatik (BA/MA), abgeschlossene Lehre als Mediamatiker EFZ oder gleichwertige Erfahrung',
      ),
    ).toEqual([['vocational', true, true]]);
    expect(
      schoolingOf('Votre profil\n- Master en gestion, CAP de vente ou formation jugée équivalente'),
    ).toEqual([['vocational', true, true]]);
  });

  it('keeps a preferred higher degree in brackets apart', () => {
    expect(schoolingOf('Requirements\n- A BSc in Chemistry (MSc preferred)')).toEqual([
      ['bachelor', true, false],
      ['master', false, false],
    ]);
  });
});
