import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { extract } from '../index';
import { LEXICONS } from '../lexicon/build';
import { lookMode } from '../pipeline/starts';
import { extractWorkplace, modelNameRuns } from './workplace';

const sentences = sentencesOf;
const workplace = (...texts: string[]) => extractWorkplace(sentences(...texts), null);

describe('extractWorkplace', () => {
  it('reads LinkedIn tags, with or without #', () => {
    expect(workplace('Visit our careers page to learn more.', '#LI-HYBRID', '#LI-AKEO')).toBe(
      'hybrid',
    );
    expect(workplace('LI-HYBRID ', 'LI-PS1Our Commitment to Diversity:')).toBe('hybrid');
    expect(workplace('#LI-Remote')).toBe('remote');
    expect(workplace('LI-Onsite')).toBe('onsite');
  });

  it.each([
    ['This is a hybrid role with 3 days a week in the office.', 'hybrid'],
    ['You will work two days per week from home.', 'hybrid'],
    ['Nous proposons 2 jours de télétravail par semaine.', 'hybrid'],
    ['Modèle hybride : bureaux à Lyon et télétravail partiel.', 'hybrid'],
    ['Bis zu 3 Tage Homeoffice pro Woche', 'hybrid'],
    ['Modelo híbrido en Madrid', 'hybrid'],
    ['Smart working e sede a Milano', 'hybrid'],
    ['This position is fully remote.', 'remote'],
    ['We are a remote-first company, hiring anywhere in Europe.', 'remote'],
    ['You can work from anywhere in the EU.', 'remote'],
    ['Poste en télétravail complet, partout en France.', 'remote'],
    ['Die Stelle ist vollständig remote.', 'remote'],
    ['Trabajo 100% remoto desde cualquier lugar de España.', 'remote'],
    ['This role is based on-site at our Austin plant.', 'onsite'],
    ['This is not a remote position.', 'onsite'],
    ['Poste en présentiel à Lille.', 'onsite'],
    ['Trabajo presencial en nuestras oficinas de Sevilla.', 'onsite'],
  ])('%s → %s', (text, expected) => {
    expect(workplace(text)).toBe(expected);
  });

  it('reads short field lines from job boards', () => {
    expect(workplace('Senior Data Engineer', 'Berlin, Germany', 'Hybrid')).toBe('hybrid');
    expect(workplace('Location: Remote - US')).toBe('remote');
    expect(workplace('Workplace type: On-site')).toBe('onsite');
  });

  it.each([
    ['We have a remote-friendly culture, free lunches and a gym.'],
    ['You will come onsite 1-2 times to interview with a total of 5-10 people.'],
    ['Experience with hybrid cloud infrastructure (AWS and on-prem).'],
    ['You will collaborate with remote teams across time zones.'],
    ['Our flexible approach to living and working is called FlexWork.'],
  ])('says nothing for: %s', (text) => {
    expect(workplace(text)).toBeNull();
  });

  it.each([
    ['We work a minimum of 4 days a week in the office, where ideas move faster.', 'onsite'],
    ['Du bist mindestens 4 Tage pro Woche im Büro, den Rest gern von zu Hause.', 'onsite'],
    ['Vous êtes au minimum 4 jours par semaine au bureau.', 'onsite'],
    ['Trabajarás al menos 4 días a la semana en la oficina.', 'onsite'],
    ['Two days a week in the office, the rest from home.', 'hybrid'],
  ])('reads most of the week on site as on site: %s', (text, expected) => {
    expect(workplace(text)).toBe(expected);
  });

  it.each([
    'Gleitzeit und auch ortsunabhängige Arbeitszeiten (Home Office)',
    'Einsatz im Labor, auch remote nach Absprache',
  ])('reads remote work offered alongside the post as hybrid: %s', (text) => {
    expect(workplace(text)).toBe('hybrid');
  });

  it('uses JSON-LD TELECOMMUTE, as a string or in an array', () => {
    expect(extractWorkplace(sentences('Office in Paris'), { jobLocationType: 'TELECOMMUTE' })).toBe(
      'remote',
    );
    expect(extractWorkplace([], { jobLocationType: ['telecommute'] })).toBe('remote');
    expect(extractWorkplace([], { jobLocationType: 42 })).toBeNull();
  });

  it('reads a TELECOMMUTE role the text calls hybrid as hybrid, in any language', () => {
    const telecommute = { jobLocationType: 'TELECOMMUTE' };
    expect(
      extractWorkplace(
        sentences('Northwind runs a hybrid working model for this team: focus days at home.'),
        telecommute,
      ),
    ).toBe('hybrid');
    expect(
      extractWorkplace(
        sentences('Modalità ibrida: due giorni a settimana in sede a Torino.'),
        telecommute,
      ),
    ).toBe('hybrid');
    // A text that also offers remote work, or says nothing, leaves it remote.
    expect(extractWorkplace(sentences('Hybrid or fully remote, as you prefer.'), telecommute)).toBe(
      'remote',
    );
    expect(extractWorkplace(sentences('You will own our billing service.'), telecommute)).toBe(
      'remote',
    );
  });

  it('a tag outweighs a passing phrase, and a true tie is null', () => {
    expect(workplace('#LI-HYBRID', 'Remote work is possible during the summer.')).toBe('hybrid');
    expect(workplace('Remote', 'On-site')).toBeNull();
  });

  it('reads two models offered as alternatives as the more flexible one', () => {
    expect(workplace('This role can be fully remote or hybrid from our London hub.')).toBe(
      'remote',
    );
    expect(workplace('Acme | Data Engineer | Onsite or Hybrid (2 days/week) | $120k')).toBe(
      'hybrid',
    );
    expect(workplace('Poste en présentiel ou hybride selon votre profil.')).toBe('hybrid');
  });

  it('reads a remote or hybrid flag among the fields of a header line', () => {
    expect(workplace('Acme Robotics | Senior Platform Engineer | Remote (EU only) | €90k')).toBe(
      'remote',
    );
    expect(workplace('Beta GmbH · Backend-Entwickler (m/w/d) · Hybrid (München)')).toBe('hybrid');
    expect(workplace('Gamma | Product Designer | Lisbon | Full-time')).toBeNull();
  });

  it('reads a hybrid statement beside a board default of "in person" as hybrid', () => {
    expect(
      workplace('City centre office, hybrid working available', 'Work Location: In person'),
    ).toBe('hybrid');
    expect(workplace('Hybrid working from our Leeds office and from home')).toBe('hybrid');
  });

  it.each([
    ['Possibilité de télétravail deux jours par semaine', 'hybrid'],
    ['Posibilidad de teletrabajo', 'hybrid'],
    ['Homeoffice-Möglichkeit nach Absprache', 'hybrid'],
    ['Thuiswerkmogelijkheden en een goede reiskostenvergoeding', 'hybrid'],
    ["L'azienda offre la possibilità di lavorare in modalità agile.", 'hybrid'],
    ['Campus-based position with working from home options', 'hybrid'],
    ['This is a permanent telecommuting position.', 'remote'],
    ['Remote 95% (two trips a year to the head office)', 'remote'],
    ['[REMOTO] Desenvolvedora Java', 'remote'],
    ['Must be able to work in-office in Ottawa, Monday to Friday', 'onsite'],
    ['Local de trabalho presencial: unidade Centro, São Paulo', 'onsite'],
    ['Trabajo en remoto desde cualquier ciudad de España', 'remote'],
    ['Lavoro ibrido con sede a Torino', 'hybrid'],
  ])('states the model in every language: %s → %s', (text, expected) => {
    expect(workplace(text)).toBe(expected);
  });

  it.each([
    ['Remote Desktop Management Tools'],
    ['Remote monitoring of patients'],
    ['Hybrid cloud architecture'],
    ['Our head office is in Madrid.'],
  ])('no work model in a tool or a place: %s', (text) => {
    expect(workplace(text)).toBeNull();
  });
});

describe('work model forms from job boards', () => {
  it('reads Welcome to the Jungle remote tags and "remote N days" phrases', () => {
    expect(workplace('Télétravail fréquent')).toBe('hybrid');
    expect(workplace('Télétravail possible 2 jours par semaine.')).toBe('hybrid');
    expect(workplace('Homeoffice an 2 Tagen pro Woche nach der Einarbeitung')).toBe('hybrid');
  });

  it('reads Indeed "Work Location: In person" as on site', () => {
    expect(workplace('Work Location: In person')).toBe('onsite');
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), (texts) => {
        expect(() => extractWorkplace(sentences(...texts), null)).not.toThrow();
      }),
    );
  });
});

describe('extractWorkplace: the weekly hours worked in a named city', () => {
  it.each([
    ['At least 36 hours a week in Manchester, on the ward.'],
    ['Le poste représente 35 heures par semaine à Bordeaux.'],
    ['Contrato de 40 horas semanales en Sevilla.'],
    ['Je werkt 32 uur per week in Utrecht.'],
    ['Impegno di 30 ore settimanali a Torino.'],
  ])('reads on site from %j', (text) => {
    expect(workplace(text)).toBe('onsite');
  });

  it('lets a hybrid or remote statement outweigh the hint', () => {
    expect(
      workplace('We ask 38 hours per week in Rotterdam.', 'Hybrid: two days a week from home.'),
    ).toBe('hybrid');
    expect(workplace('Roughly 40 hours a week in Dublin.', 'This role is fully remote.')).toBe(
      'remote',
    );
  });

  it('needs a known city after the hours', () => {
    expect(workplace('Wir bieten 20 Stunden pro Woche in Teilzeit.')).toBeNull();
    expect(workplace('You work 40 hours a week in Shifts.')).toBeNull();
    expect(workplace('Trabalho de 44 horas semanais no Atendimento.')).toBeNull();
  });
});

describe('extractWorkplace: the word-start looks skip nothing', () => {
  const withoutLooks = (...texts: string[]) => {
    lookMode.off = true;
    try {
      return workplace(...texts);
    } finally {
      lookMode.off = false;
    }
  };
  const spellings = (phrase: string) => [
    phrase,
    phrase.toUpperCase(),
    phrase.charAt(0).toUpperCase() + phrase.slice(1),
    phrase.replace(/ /g, '  '),
  ];

  it('reads every phrase of every language as it does without them', () => {
    let read = 0;
    for (const l of LEXICONS) {
      const x = l.workplace;
      const lists = [x.remotePhrases, x.hybridPhrases, x.onsitePhrases, x.notRemote];
      for (const phrase of lists.flat()) {
        for (const form of spellings(phrase)) {
          for (const text of [form, `Note: ${form}, from day one.`, `(${form})`]) {
            const want = withoutLooks(text);
            expect(workplace(text), text).toBe(want);
            if (want !== null) read++;
          }
        }
      }
      // A remote word before or after a partial, optional or days phrase.
      for (const remote of x.remote) {
        for (const other of [...x.partly, ...x.option, `2 ${x.days[0] ?? ''}`]) {
          for (const text of [`${other} ${remote}`, `${remote} ${other}`, `${remote} - ${other}`]) {
            expect(workplace(text), text).toBe(withoutLooks(text));
          }
        }
      }
    }
    // A place before the days, and "at least" four days in the office.
    for (const l of LEXICONS) {
      const x = l.workplace;
      const number = Object.keys(l.numbers)[1] ?? '2';
      for (const day of x.days) {
        for (const place of x.places) {
          for (const text of [`${place} 2 ${day}`, `${place.toUpperCase()} ${number} ${day}`]) {
            const want = withoutLooks(text);
            expect(workplace(text), text).toBe(want);
            if (want !== null) read++;
          }
        }
        for (const least of l.experience.atLeast) {
          for (const office of x.office) {
            const text = `${least} 4 ${day} ${office}`;
            const want = withoutLooks(text);
            expect(workplace(text), text).toBe(want);
            if (want !== null) read++;
          }
        }
      }
    }
    expect(read).toBeGreaterThan(200);
  });
});

describe('extractWorkplace: a share of remote work under 90 % is hybrid', () => {
  it.each([
    [['Benefits: bis zu 60 % Homeoffice, Jobticket, Gleitzeit'], 'hybrid'],
    [['Jusqu’à 40 % de télétravail selon votre équipe.'], 'hybrid'],
    [['Offriamo il 30% di smart working e buoni pasto.'], 'hybrid'],
    [['Up to 20% remote work after onboarding.'], 'hybrid'],
    [['This role is 100% remote across Europe.'], 'remote'],
    [['Die Quote lag bei 95 % im Labor.'], null],
  ])('%j → %s', (texts, model) => {
    expect(workplace(...texts)).toBe(model);
  });
});

describe('extractWorkplace: a work-model field is read from its value, not its label', () => {
  it.each([
    [['- Remote Status: On-site', '- Job Type: Full-time'], 'onsite'],
    [['Work model: Hybrid (2 days in the office)'], 'hybrid'],
    [['Arbeitsmodell: vor Ort in Leipzig'], 'onsite'],
    [['Modalidad: Presencial'], 'onsite'],
    [['Modalidade: Remoto'], 'remote'],
  ])('%j → %s', (texts, model) => {
    expect(workplace(...texts)).toBe(model);
  });
});

describe('a few days of remote work a week', () => {
  it('reads the days counted before the remote word as hybrid, in several languages', () => {
    expect(workplace('Staff may take up to 2 days of remote work per week.')).toBe('hybrid');
    expect(workplace('We offer two days per week of remote working.')).toBe('hybrid');
    expect(workplace('Ofrecemos 2 días de teletrabajo a la semana.')).toBe('hybrid');
    expect(workplace('Du kannst bis zu drei Tage im Homeoffice arbeiten.')).toBe('hybrid');
  });

  it('reads "N remote days" as hybrid', () => {
    expect(workplace('Benefits: three remote days every week and a gym pass.')).toBe('hybrid');
  });

  it('reads a remote share of the week "up to N days" as hybrid, whatever words stand between', () => {
    expect(workplace('Remote work is possible up to 3 days per week.')).toBe('hybrid');
    expect(workplace('Teletrabajo posible hasta 2 días por semana.')).toBe('hybrid');
  });

  it('leaves days that are no share of remote work alone', () => {
    expect(workplace('You get 2 days of paid leave for moving home.')).toBeNull();
    expect(workplace('This is a remote role; onboarding takes 3 days in Berlin.')).toBe('remote');
    expect(workplace('Remote candidates attend a 2 day induction.')).toBeNull();
  });
});

describe('a remote field that counts the days', () => {
  it('reads the count after the field colon as hybrid', () => {
    expect(workplace('Télétravail: 3 jours')).toBe('hybrid');
    expect(workplace('Homeoffice: 2 Tage pro Woche')).toBe('hybrid');
    expect(workplace('Remote: 1 day a week')).toBe('hybrid');
  });

  it('reads a yes to a field whose label bounds the days as hybrid, a no as on site', () => {
    expect(workplace('Télétravail (1j max/semaine) : Oui', 'Lieu: Sion')).toBe('hybrid');
    expect(workplace('Homeoffice (2 Tage/Woche): Ja')).toBe('hybrid');
    expect(workplace('Télétravail (3j max/semaine) : Non')).toBe('onsite');
    expect(workplace('Remote work (4 days max): No')).toBe('onsite');
  });
});

describe("a work-model word inside the employer's name", () => {
  const named = (company: string, ...texts: string[]) =>
    extractWorkplace(sentences(...texts), null, company);

  it('is the name where the text writes it so, not the work model', () => {
    expect(
      named(
        'SWS Smart Working Solutions',
        'Backend Developer (Remote, Full-Time)',
        'At Smart Working, you are never just another hire.',
      ),
    ).toBe('remote');
    const french = 'Chez Hybrid Software, le poste est en télétravail complet.';
    expect(named('Hybrid Software Group', french)).toBe('remote');
    expect(workplace(french)).toBe('hybrid');
  });

  it('still reads the model when the words are not the name', () => {
    expect(named('SWS Smart Working Solutions', 'Smart working: due giorni a settimana')).toBe(
      'hybrid',
    );
    expect(named('Acme GmbH', 'Hybrides Arbeiten: 2 Tage pro Woche im Büro')).toBe('hybrid');
  });

  it('finds the runs only in names that hold a model word', () => {
    expect(modelNameRuns('Acme Logistics Ltd')).toEqual([]);
    expect(modelNameRuns(null)).toEqual([]);
    expect(modelNameRuns('SWS Smart Working Solutions')).toContain('Smart Working');
  });
});

describe('fully remote, written with a link word or an adverb', () => {
  it.each([
    'In this team you work 100% remotely, with flexible hours.',
    'You will work fully remotely from anywhere in Portugal.',
    'Dans notre équipe, vous travaillez à 100% en télétravail.',
    'Na nossa equipa trabalhas 100% remotamente.',
    'Il ruolo si svolge completamente a distanza.',
  ])('reads remote in %j', (line) => {
    expect(workplace(line)).toBe('remote');
  });

  it('reads a share of the week with the same link word as hybrid', () => {
    expect(workplace('Le poste est ouvert à 40 % en télétravail.')).toBe('hybrid');
  });

  it('reads no model in a duty done from afar', () => {
    expect(workplace('You will support our users remotely and on site when needed.')).toBeNull();
  });
});

describe('home and office in turn', () => {
  it.each([
    'You will work partly from home and partly from our office in Leeds.',
    'Je werkt soms thuis en soms op kantoor in Utrecht.',
    'Du arbeitest teils im Homeoffice, teils in unserem Büro.',
    'Vous travaillez parfois en télétravail, parfois dans nos locaux.',
    'Trabajarás en parte desde casa y en parte en nuestra oficina.',
    'Lavorerai in parte da casa e in parte in ufficio.',
    'Você trabalhará em parte de casa e em parte no escritório.',
  ])('%s → hybrid', (text) => {
    expect(workplace(text)).toBe('hybrid');
  });
});

describe('office days at "our office"', () => {
  it.each([
    'You can work remotely, with 1-2 days per week at our office in Leeds.',
    'You are with us 1 to 2 days a week in the office.',
    'Je bent 1 à 2 dagen per week op kantoor.',
    'Du arbeitest 2 oder 3 Tage pro Woche im Büro.',
  ])('%s → hybrid', (text) => {
    expect(extract({ text: `Developer\n\n${text}` }).posting.workplace).toBe('hybrid');
  });
});
