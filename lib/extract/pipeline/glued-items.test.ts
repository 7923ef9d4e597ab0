import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { normalize } from './normalize';
import { splitSentences } from './text';

/** The sentences of a text, as the engine cuts them. */
const cut = (text: string, lang?: string) =>
  splitSentences(normalize(text).text, lang).map((s) => s.text);

describe('a requirement list whose items lost their line breaks and bullets', () => {
  it.each([
    [
      'en',
      'Requirements: Degree in logistics or a related field Minimum 4 years in freight forwarding ' +
        'Good command of customs procedures Knowledge of SAP is a plus',
      [
        'Requirements: Degree in logistics or a related field',
        'Minimum 4 years in freight forwarding',
        'Good command of customs procedures',
        'Knowledge of SAP is a plus',
      ],
    ],
    [
      'nl',
      'Wat vragen wij? Een afgeronde mbo-opleiding in de techniek Minimaal 2 jaar ervaring in ' +
        'onderhoud Kennis van PLC-besturing is een pre Rijbewijs B is noodzakelijk',
      [
        'Een afgeronde mbo-opleiding in de techniek',
        'Minimaal 2 jaar ervaring in onderhoud',
        'Kennis van PLC-besturing is een pre',
        'Rijbewijs B is noodzakelijk',
      ],
    ],
    [
      'fr',
      'Profil : Diplôme de niveau bac+2 en comptabilité exigé Expérience de trois ans en cabinet ' +
        'souhaitée Maîtrise du logiciel Sage appréciée',
      [
        'Profil : Diplôme de niveau bac+2 en comptabilité exigé',
        'Expérience de trois ans en cabinet souhaitée',
        'Maîtrise du logiciel Sage appréciée',
      ],
    ],
    [
      'es',
      'Requisitos: Formación profesional en electricidad o similar Experiencia mínima de 3 años en ' +
        'mantenimiento industrial Carnet de conducir B y vehículo propio',
      [
        'Requisitos: Formación profesional en electricidad o similar',
        'Experiencia mínima de 3 años en mantenimiento industrial',
        'Carnet de conducir B y vehículo propio',
      ],
    ],
    [
      'de',
      'Ihr Profil: Eine abgeschlossene Ausbildung als Elektroniker oder vergleichbar ' +
        'Mehrjährige Berufserfahrung in der Instandhaltung Gute Deutschkenntnisse in Wort und Schrift',
      [
        'Eine abgeschlossene Ausbildung als Elektroniker oder vergleichbar',
        'Mehrjährige Berufserfahrung in der Instandhaltung',
        'Gute Deutschkenntnisse in Wort und Schrift',
      ],
    ],
  ])('%s: each item is a sentence of its own', (lang, text, items) => {
    const sentences = cut(text, lang);
    expect(sentences.slice(-items.length)).toEqual(items);
  });

  it('leaves prose, names and other languages’ nouns whole', () => {
    // A capital after a short word is a name; a capitalised word after a capitalised one too.
    const prose =
      'You will work closely with Strong Analytics and report to the Head of Customer Experience ' +
      'in our Leeds office, where the team plans the next releases together.';
    expect(cut(prose, 'en')).toEqual([prose]);
    // "Niveau" opens a French item; in German it is a noun inside one.
    const german =
      'Sie sprechen Deutsch in Wort und Schrift auf sehr hohem Niveau sowie Englisch auf gutem ' +
      'Niveau und bringen Reisebereitschaft mit.';
    expect(cut(german, 'de')).toEqual([german]);
    // "5 years Experience": no item is that short.
    const short = 'Must have 5 years Experience in retail banking with a focus on lending products';
    expect(cut(short, 'en')).toEqual([short]);
  });

  it('marks only the item a preference cue closes as preferred', () => {
    const text = [
      'Onderhoudsmonteur',
      'Technobouw BV',
      'Zwolle',
      '',
      'Wat vragen wij? Minimaal 3 jaar ervaring als monteur in de bouw Kennis van ' +
        'hydrauliek is een pre Goede beheersing van de Nederlandse taal',
    ].join('\n');
    const found = extract({ text }).requirements;
    const years = found.find((r) => r.kind === 'experience');
    const dutch = found.find((r) => r.kind === 'language');
    expect(years?.required).toBe(true);
    expect(dutch?.required).toBe(true);
    expect(years?.evidence.text).toBe('Minimaal 3 jaar ervaring als monteur in de bouw');
  });
});
