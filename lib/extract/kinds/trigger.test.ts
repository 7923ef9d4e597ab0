import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import type { Sentence } from '../types';
import { extractEducation } from './education';
import { extractEmploymentTypes } from './employment';
import { extractRelocation, extractWorkAuthorization } from './relocation';
import { Trigger, triggerMode } from './signals';
import { extractTravel } from './travel';
import { extractWorkplace } from './workplace';

/**
 * The anchored first looks (a trigger word must start a word) skip more sentences than the loose
 * ones; they must never skip one the reader reads. Every reader runs both ways on every sentence
 * of the project's fixtures, alone and as whole postings, and must answer the same.
 */

const root = join(__dirname, '..', 'fixtures');
const dirs = [root, join(root, 'quality-a'), join(root, 'quality-b'), join(root, 'quality-c')];
const postings: Sentence[][] = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => splitSentences(normalize(readFileSync(join(dir, f), 'utf8')).text)),
);

/** Sentences written for this test: words glued, split or placed where only a loose look finds them. */
const WRITTEN = [
  'Contrat: CDD de 6 mois, renouvelable',
  'Position is fullremote within Spain',
  'Stelle in Teilzeit (20 Std./Woche), 2 Tage Homeoffice pro Woche',
  'We work 38-urige werkweek with 1 dag thuiswerken',
  'Contact our international team about content',
  'Lavoro a tempo pieno, 3 giorni in sede e 2 da remoto',
  'Vaga CLT, 100%remoto, 40h/semana',
  'Internship – Summer 2026',
  'Job type: Full-time, permanent',
  '#LI-Hybrid',
  'Empleo temporal de 12 meses, presencial',
  'The hours: 24h/semaine ×remote friendly',
  'Emploi à temps   plein, 35 heures  par semaine',
  'Werkstudent (m/w/d) – 20 Stunden pro Woche, unbefristet',
  'Summer intern/co  op placement, on  site in Leeds',
  'Relocation package and Umzugskostenpauschale offered; no unpaid travel',
  'Déplacements fréquents (30 %) ; aide au déménagement',
  'Must be authorised to work in the UK; Reisebereitschaft 20%',
  'Disponibilidad para viajar; permiso de trabajo en la UE',
  'Abgeschlossene Ausbildung als Elektroniker oder vergleichbare Qualifikation',
  'Laurea magistrale in Ingegneria; Master’s  degree welcome; PhD-level research',
  'Diplôme bac+5 (école d’ingénieur) ou Bachelor-Abschluss',
].map(
  (text, i): Sentence =>
    ({ text, start: i, end: i + text.length, heading: null, section: null }) as Sentence,
);

const READERS = [
  ['employment', (s: Sentence[]) => extractEmploymentTypes(s, null)],
  ['workplace', (s: Sentence[]) => extractWorkplace(s, null)],
  ['relocation', (s: Sentence[]) => extractRelocation(s, null)],
  ['travel', (s: Sentence[]) => s.flatMap((x) => extractTravel(x))],
  ['education', (s: Sentence[]) => s.flatMap((x) => extractEducation(x))],
  ['work authorization', (s: Sentence[]) => s.flatMap((x) => extractWorkAuthorization(x))],
] as const;

function both<T>(run: () => T): [T, T] {
  triggerMode.loose = true;
  const loose = run();
  triggerMode.loose = false;
  return [loose, run()];
}

afterEach(() => {
  triggerMode.loose = false;
});

describe('anchored triggers', () => {
  it('has fixture sentences to compare', () => {
    expect(postings.length).toBeGreaterThan(40);
  });

  for (const [name, read] of READERS) {
    it(`${name}: the same answer for every fixture sentence alone`, () => {
      for (const s of [...postings.flat(), ...WRITTEN]) {
        const [loose, anchored] = both(() => read([s]));
        expect(anchored, s.text).toEqual(loose);
      }
    });

    it(`${name}: the same answer for every fixture posting`, () => {
      for (const sentences of [...postings, WRITTEN]) {
        const [loose, anchored] = both(() => read(sentences));
        expect(anchored).toEqual(loose);
      }
    });
  }

  it('the test switch turns a trigger to its loose look', () => {
    const trigger = new Trigger(/(?<![a-z])contract/i, /contract/i);
    expect(trigger.test('subcontractor')).toBe(false);
    triggerMode.loose = true;
    expect(trigger.test('subcontractor')).toBe(true);
  });

  it('reads the written sentences (so the comparison is not between two empty answers)', () => {
    expect(extractEmploymentTypes(WRITTEN.slice(0, 1), null)).toEqual(['temporary']);
    expect(extractWorkplace(WRITTEN.slice(1, 2), null)).toBe('remote');
    const at = (start: string) => WRITTEN.find((s) => s.text.startsWith(start)) as Sentence;
    expect(extractRelocation([at('Déplacements')], null)).toBe('offered');
    expect(extractTravel(at('Déplacements'))).toMatchObject([{ percent: 30 }]);
    expect(extractWorkAuthorization(at('Disponibilidad'))).toMatchObject([{ country: 'EU' }]);
    expect(extractEducation(at('Laurea')).length).toBeGreaterThan(0);
  });
});
