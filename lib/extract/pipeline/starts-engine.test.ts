import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extract } from '../index';
import { normalize } from './normalize';
import { lookMode } from './starts';
import { splitSentences } from './text';

/**
 * The word-start index only skips work: the engine with every look answering "maybe" must give
 * the same extraction, for whole postings and for each of their sentences read alone (where no
 * other sentence can hide a difference).
 */

const root = join(__dirname, '..', 'fixtures');
const dirs = [root, join(root, 'quality-a'), join(root, 'quality-b'), join(root, 'quality-c')];
const texts = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);

/** Lines a reader could be fooled on: glued, split and look-alike words in several languages. */
const WRITTEN = [
  'Position is fullremote within Spain, 2 Tage/Woche im Büro',
  '#LI-Hybrid #li-remote',
  'BA/BS required; based in Leeds; MScs welcome',
  'Visa sponsorship is not available. Sin patrocinio de visado.',
  'Sponsoring der Arbeitserlaubnis möglich; relocation package offered',
  'Contrat de 6 mois renouvelable, 35h/semaine, télétravail partiel',
  'Werkstudent (m/w/d) – 20 Std./Woche, unbefristet',
  'Turni notturni e reperibilità nel weekend; lavoro su turni',
  'Trabajo en remoto 100%; jornada completa; contrato indefinido',
  'Regime híbrido: 3 dias no escritório; vaga CLT',
  'Nice to have: Kubernetes. Een pré: Nederlands. Un plus : l’anglais.',
  'Führerschein Klasse B erforderlich; Permis B exigé; patente B; rijbewijs C1E',
  'CDL Class A required. Active Secret clearance or TS/SCI with polygraph.',
  'Current RN licence in good standing; eligible for SC clearance',
  'HPCSA registration; NVQ Level 3; CACES R489; Certified Fraud Examiner (CFE); BIG-registratie',
  'Iscrizione all’albo; colegiado/a; registered with the General Dental Council; Certificate IV',
];

function both<T>(run: () => T): [T, T] {
  lookMode.off = true;
  const without = run();
  lookMode.off = false;
  return [without, run()];
}

afterEach(() => {
  lookMode.off = false;
});

describe('the engine with and without the word-start index', () => {
  it('has fixtures to compare', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  it('reads every fixture posting the same', () => {
    for (const text of [...texts, ...WRITTEN]) {
      const [without, withLooks] = both(() => JSON.stringify(extract({ text })));
      expect(withLooks).toBe(without);
    }
  }, 120_000);

  it('reads every sentence alone the same', () => {
    let compared = 0;
    for (const text of [...texts, WRITTEN.join('\n')]) {
      for (const s of splitSentences(normalize(text).text)) {
        const [without, withLooks] = both(() => JSON.stringify(extract({ text: s.text })));
        expect(withLooks, s.text).toBe(without);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2500);
  }, 300_000);
});
