import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { normalize } from './normalize';
import { splitSentences } from './text';

/** The sentences of a text, as the engine cuts them. */
const cut = (text: string, lang?: string) =>
  splitSentences(normalize(text).text, lang).map((s) => s.text);

describe('a posting’s labelled fields that lost their line breaks', () => {
  it.each([
    [
      'en',
      'Job Type: Part-time Hours: 20 per week Education: High school diploma (Required) ' +
        'Experience: forklift driving: 2 years (Preferred) Work Location: On site',
      [
        'Job Type: Part-time Hours: 20 per week',
        'Education: High school diploma (Required)',
        'Experience: forklift driving: 2 years (Preferred)',
        'Work Location: On site',
      ],
    ],
    [
      'fr',
      'Contrat à durée déterminée - 4 Mois Expérience : Débutant accepté ' +
        'Salaire : Mensuel de 2100 Euros sur 12 mois',
      [
        'Contrat à durée déterminée - 4 Mois',
        'Expérience : Débutant accepté',
        'Salaire : Mensuel de 2100 Euros sur 12 mois',
      ],
    ],
    [
      'es',
      'Tipo de contrato: Indefinido a jornada completa Experiencia: al menos 3 años en almacén ' +
        'Idiomas: inglés intermedio',
      [
        'Tipo de contrato: Indefinido a jornada completa',
        'Experiencia: al menos 3 años en almacén',
        'Idiomas: inglés intermedio',
      ],
    ],
    [
      'de',
      'Vertragsart: Vollzeit, unbefristet Erfahrung: mindestens zwei Jahre im Vertrieb ' +
        'Sprachen: Deutsch fließend',
      [
        'Vertragsart: Vollzeit, unbefristet',
        'Erfahrung: mindestens zwei Jahre im Vertrieb',
        'Sprachen: Deutsch fließend',
      ],
    ],
    [
      'nl',
      'Dienstverband: 32 tot 40 uur per week Ervaring: minimaal 1 jaar in de zorg ' +
        'Opleiding: mbo niveau 3',
      [
        'Dienstverband: 32 tot 40 uur per week',
        'Ervaring: minimaal 1 jaar in de zorg',
        'Opleiding: mbo niveau 3',
      ],
    ],
  ])('cuts before each label (%s)', (lang, text, pieces) => {
    expect(cut(text, lang)).toEqual(pieces);
  });

  it('leaves a label’s own label, prose and short lines whole', () => {
    // "Experience: Welding: 3 years": the second label names the field of the first's value.
    const nested = 'Experience: Welding: 3 years (Required) and some more words to pass the floor';
    expect(cut(nested, 'en')).toEqual([nested]);
    // After a stopword, the capital is the writer's, not a label's.
    const prose =
      'We describe in detail what we offer in our Benefits: a pension plan and more days off';
    expect(cut(prose, 'en')).toEqual([prose]);
    const short = 'Shift: Days Education: none';
    expect(cut(short, 'en')).toEqual([short]);
  });

  it('reads the years in the field they belong to, not in the one before', () => {
    const text = [
      'Soudeur (H/F)',
      'Atelier Marin',
      'Brest',
      '',
      'Mission intérimaire - 9 Mois Expérience : Débutant accepté Salaire : Horaire de 13 Euros ' +
        'Nous recherchons pour notre client un soudeur pour des travaux de chaudronnerie sur ' +
        'des navires de plaisance. Vous travaillez en équipe avec les monteurs de l’atelier.',
    ].join('\n');
    const years = extract({ text }).requirements.filter((r) => r.kind === 'experience');
    expect(years.map((r) => r.minYears)).not.toContain(0.75);
  });
});

describe('a preferred section’s heading glued to the end of the list before it', () => {
  it('cuts the heading off, so that its cue marks what follows', () => {
    const text =
      'Cosa cerchiamo: almeno tre anni di esperienza in contabilità ottima conoscenza di Excel ' +
      'buona padronanza della lingua inglese Requisito preferenziale\n' +
      'Laurea in Economia';
    const sentences = splitSentences(normalize(text).text, 'it');
    const heading = sentences.find((s) => s.text === 'Requisito preferenziale');
    expect(heading?.section).toBe('preferred');
    expect(sentences[0]?.text.endsWith('lingua inglese')).toBe(true);
  });

  it('leaves a cue that ends its own item with the item', () => {
    const ideally =
      'Programación orientada a objetos y herramientas de desarrollo: Python o Kotlin idealmente';
    expect(splitSentences(normalize(`${ideally}\nGit`).text, 'es')[0]?.text).toBe(ideally);

    const text =
      'We need solid knowledge of warehouse software and stock control with SQL Preferred\n' +
      'Forklift licence';
    expect(cut(text, 'en')[0]).toBe(
      'We need solid knowledge of warehouse software and stock control with SQL Preferred',
    );
  });
});
