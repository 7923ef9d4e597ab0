import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { LEXICONS } from '../lexicon/build';
import { lookMode } from '../pipeline/starts';
import { extractRelocation, extractVisaSponsorship, extractWorkAuthorization } from './relocation';

const sentences = sentencesOf;
const relocation = (...t: string[]) => extractRelocation(sentences(...t), null);
const visa = (...t: string[]) => extractVisaSponsorship(sentences(...t), null);

describe('extractRelocation', () => {
  it.each([
    [
      ['Relocation Statement:', 'This position is not eligible for relocation assistance.'],
      'not_offered',
    ],
    [['Unfortunately we cannot offer relocation support for this role.'], 'not_offered'],
    [['Relocation is not provided.'], 'not_offered'],
    [['A relocation package is available for candidates moving to Munich.'], 'offered'],
    [['We help you relocate: flights, two months of housing and a moving budget.'], 'offered'],
    [['Aide à la relocation et prise en charge du déménagement.'], 'offered'],
    [['Wir unterstützen Sie beim Umzug mit einem Zuschuss.'], 'offered'],
    [['Pas de prise en charge du déménagement.'], 'not_offered'],
    [
      ['Umzugskostenpauschale von bis zu 2.500 € sowie Unterstützung bei der Wohnungssuche'],
      'offered',
    ],
    [
      ['Eine Übernahme von Umzugskosten ist bei dieser Position leider nicht möglich.'],
      'not_offered',
    ],
    [['Ofrecemos paquete de reubicación a Madrid.'], 'offered'],
    [['Must be willing to relocate to Austin, TX; relocation assistance available.'], 'offered'],
  ])('%j → %s', (texts, expected) => {
    expect(relocation(...texts)).toBe(expected);
  });

  it.each([
    [['Must be willing to relocate to Austin, TX.']],
    [['Candidates open to relocation within Germany are welcome.']],
    [['We offer great benefits, a gym and free lunch.']],
  ])('null for %j', (texts) => {
    expect(relocation(...texts)).toBeNull();
  });
});

describe('extractVisaSponsorship', () => {
  it.each([
    [['We are unable to sponsor visas for this position.'], 'not_offered'],
    [['No visa sponsorship.'], 'not_offered'],
    [['Candidates must be authorized to work in the US without sponsorship.'], 'not_offered'],
    [['This role does not offer H-1B sponsorship now or in the future.'], 'not_offered'],
    [['Visa sponsorship available for exceptional candidates.'], 'offered'],
    [['We sponsor work permits and support your Blue Card application.'], 'offered'],
    [['Nous ne pouvons pas sponsoriser de visa ou de permis de travail.'], 'not_offered'],
    [['Leider können wir kein Visum sponsern.'], 'not_offered'],
    [['Ofrecemos ayuda con el visado de trabajo.'], 'offered'],
    [['Wir übernehmen die Kosten für das Visum und das Anerkennungsverfahren.'], 'offered'],
    [['Gestionamos y pagamos el visado para profesionales altamente cualificados.'], 'offered'],
  ])('%j → %s', (texts, expected) => {
    expect(visa(...texts)).toBe(expected);
  });

  it.each([
    [['You will be the executive sponsor of our design system.']],
    [['Will you now or in the future require sponsorship for employment visa status?']],
    [['Must be legally authorized to work in the United States.']],
  ])('null for %j', (texts) => {
    expect(visa(...texts)).toBeNull();
  });
});

describe('extractWorkAuthorization', () => {
  const auth = (text: string) =>
    extractWorkAuthorization({ text, start: 0, end: text.length, heading: null, section: null });

  it.each([
    ['Must be legally authorized to work in the United States.', 'US'],
    ['You must have the right to work in the UK.', 'GB'],
    ['Candidates must be eligible to work in Canada.', 'CA'],
    ['A valid EU work permit is required.', 'EU'],
    ['Eine gültige Arbeitserlaubnis für die EU ist Voraussetzung.', 'EU'],
    ['You must have the right to work in the UK or the EU.', 'GB'],
    ['A valid work permit is required.', null],
    ['Permis de travail valide en France exigé.', 'FR'],
    ['Gültige Arbeitserlaubnis für Deutschland erforderlich.', 'DE'],
    ['Imprescindible permiso de trabajo en España.', 'ES'],
  ])('%s → %s', (text, country) => {
    const found = auth(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'work_authorization', country });
    expect(found[0]?.at).toBeGreaterThanOrEqual(0);
  });

  it('finds nothing in unrelated sentences', () => {
    expect(auth('We work in small autonomous teams across the US and UK.')).toEqual([]);
    expect(auth('Our authorized resellers work in 40 countries.')).toEqual([]);
  });

  it('never throws and keeps `at` inside the sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of auth(text)) expect(f.at).toBeLessThan(Math.max(1, text.length));
        expect(() => extractRelocation(sentences(text), null)).not.toThrow();
        expect(() => extractVisaSponsorship(sentences(text), null)).not.toThrow();
      }),
    );
  });
});

describe('extractVisaSponsorship: the word-start looks skip nothing', () => {
  const withoutLooks = (text: string) => {
    lookMode.off = true;
    try {
      return visa(text);
    } finally {
      lookMode.off = false;
    }
  };

  it('reads every refusal and offer phrase of every language as it does without them', () => {
    let read = 0;
    for (const l of LEXICONS) {
      for (const phrase of [...l.visa.refusals, ...l.visa.offerPhrases]) {
        const forms = [phrase, phrase.toUpperCase(), phrase.replace(/ /g, '  ')];
        for (const form of forms) {
          for (const text of [form, `Good to know: ${form} for this role.`]) {
            const want = withoutLooks(text);
            expect(visa(text), text).toBe(want);
            if (want !== null) read++;
          }
        }
      }
    }
    expect(read).toBeGreaterThan(100);
  });
});

describe('a visa offer kept for some roles', () => {
  it.each([
    'Work visa sponsorship (H-1B, TN) is offered exclusively for Principal-level roles and above.',
    'Visumunterstützung bieten wir nur für Führungspositionen an.',
    "Le parrainage de visa est réservé aux postes d'encadrement.",
    'El patrocinio de visado es solo para puestos directivos.',
  ])('is no offer for every job: %j', (line) => {
    expect(visa(line)).toBeNull();
  });

  it('leaves an offer whose sentence limits something else', () => {
    const housing =
      'Oferecemos alojamento (apenas para o primeiro mês) e apoio jurídico no processo do visto.';
    expect(extractVisaSponsorship(sentences(housing), null, 'pt')).toBe('offered');
    expect(visa('We sponsor work visas for this role.')).toBe('offered');
  });
});

describe("another language's negation that is the posting's own small word", () => {
  it('reads Portuguese "no" (in the) as no negation in a Portuguese posting', () => {
    const line = 'Damos apoio no processo do visto de trabalho.';
    expect(extractVisaSponsorship(sentences(line), null, 'pt')).toBe('offered');
    expect(extractVisaSponsorship(sentences('Não damos apoio com o visto.'), null, 'pt')).toBe(
      'not_offered',
    );
  });

  it('keeps "no" a negation in English and Spanish postings', () => {
    expect(
      extractVisaSponsorship(sentences('No ofrecemos patrocinio de visado.'), null, 'es'),
    ).toBe('not_offered');
    expect(extractRelocation(sentences('There is no relocation assistance.'), null, 'en')).toBe(
      'not_offered',
    );
  });
});

describe('an offer in the next clause of the sentence', () => {
  it.each([
    'You must hold a valid EU work permit; we offer support with relocation.',
    'Une autorisation de travail valide est exigée ; nous offrons une aide au déménagement.',
    'Eine gültige Arbeitserlaubnis ist Voraussetzung; wir bieten Unterstützung beim Umzug.',
  ])('is not a visa offer: %j', (text) => {
    expect(visa(text)).toBeNull();
  });

  it('still reads each clause for its own topic', () => {
    expect(visa('Relocation is not covered; visa sponsorship is available.')).toBe('offered');
    expect(relocation('Relocation is not covered; visa sponsorship is available.')).toBe(
      'not_offered',
    );
  });
});
