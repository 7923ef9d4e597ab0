import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { LEXICONS } from '../lexicon/build';
import { lookMode } from '../pipeline/starts';
import type { Sentence } from '../types';
import { extractEmploymentTypes } from './employment';

const sentences = sentencesOf;
const employment = (...texts: string[]) => extractEmploymentTypes(sentences(...texts), null);

describe('extractEmploymentTypes', () => {
  it.each([
    [['Partner Success Specialist', 'Full Time', 'Dublin, Ireland'], ['full_time']],
    [['Job type: Full-time, permanent'], ['full_time']],
    [['This is a part-time position (20 hours a week).'], ['part_time']],
    [['6-month contract, outside IR35, day rate negotiable'], ['contract']],
    [['We are looking for a freelance UX designer for a 3-month mission.'], ['contract']],
    [['12-month fixed-term contract covering parental leave'], ['temporary']],
    [['Summer internship for students in their final year'], ['internship']],
    [['Montpellier (34) · CDI à temps partiel (24 h/semaine) Qui sommes-nous ?'], ['part_time']],
    [['Unbefristete Anstellung in Teilzeit (25 Stunden)'], ['part_time']],
    [['CDD de 6 mois, démarrage en septembre'], ['temporary']],
    [['Stage de fin d’études de 6 mois à Paris'], ['internship']],
    [['Poste en alternance (rythme 3 semaines / 1 semaine)'], ['apprenticeship']],
    [['Ausbildung zum Fachinformatiker (m/w/d)'], ['apprenticeship']],
    [['Werkstudent (m/w/d) Marketing, 20 Std./Woche'], ['part_time']],
    [['Anstellungsart: Vollzeit, unbefristet'], ['full_time']],
    [['Teilzeit (30 Stunden)'], ['part_time']],
    [['Die Stelle ist auf zwei Jahre befristet.'], ['temporary']],
    [['Contrato indefinido y jornada completa'], ['full_time']],
    [['Trabajo a tiempo parcial por las mañanas'], ['part_time']],
    [['Prácticas remuneradas de 6 meses'], ['internship']],
    [['Full-time internship, paid'], ['full_time', 'internship']],
  ])('%j → %j', (texts, expected) => {
    expect(employment(...texts)).toEqual(expected);
  });

  it('lists every type stated, as schema.org does', () => {
    expect(employment('Full-time, fixed-term contract until March')).toEqual([
      'full_time',
      'temporary',
    ]);
    expect(employment('Teilzeit oder Vollzeit möglich')).toEqual(['full_time', 'part_time']);
    expect(employment('We are open to full-time or part-time candidates.')).toEqual([
      'full_time',
      'part_time',
    ]);
    expect(employment('Contratto a tempo determinato, full time')).toEqual([
      'full_time',
      'temporary',
    ]);
  });

  it.each([
    [['Type de contrat : CDI']],
    [['Contratto a tempo indeterminato']],
    [['Regime de contratação: CLT']],
    [['Vast contract voor onbepaalde tijd']],
  ])('a permanent-contract word alone names no type: %j', (texts) => {
    expect(employment(...texts)).toEqual([]);
  });

  it.each([
    [['Sales Intern – Autumn 2026'], ['internship']],
    [['Job Category: Intern/Co-op'], ['internship']],
    [['Spring co op term for engineering students'], ['internship']],
    [['Payroll Administrator Apprentice'], ['apprenticeship']],
    [['Tirocinio curriculare di 6 mesi nel team acquisti'], ['internship']],
    [['Sales associate for 18 hours per week'], ['part_time']],
    [['Colaborador/a de tienda a 20 horas semanales.'], ['part_time']],
    [['Temps plein, 35 heures'], ['full_time']],
    [['Intérim - mission de 3 mois'], ['temporary']],
    [['Een jaarcontract met uitzicht op verlenging'], ['temporary']],
    [['Warehouse operative – 3 or 6 months, extendable'], ['temporary']],
    [['(12 Months Contract Appointment)'], ['temporary']],
    [['Our advisers are independent contractors, not employees.'], ['contract']],
    [['Vaga para voluntário no projeto de leitura'], ['volunteer']],
    [['Per diem nurse for weekend coverage'], ['per_diem']],
  ])('reads the type in every form: %j → %j', (texts, expected) => {
    expect(employment(...texts)).toEqual(expected);
  });

  it.each([
    [['All full-time employees are eligible for medical, dental and vision coverage.']],
    [['Benefits for full-time and part-time staff include a pension plan.']],
    [['Negotiate vendor contracts and manage renewals.']],
    [['You have completed an apprenticeship-level qualification: abgeschlossene Berufsausbildung']],
    [['At this stage of our growth, every hire matters.']],
    [['CTC clearance will be processed at the job offer stage']],
    [['Salary from €3,500 on the basis of a full-time job.']],
    [['Main contractors and their subcontractors use our product to track payments.']],
    [['Contratação: PJ ou CLT (flexível)']],
    [['Le magasin Coop de la gare cherche du renfort.']],
    [['Die Filialen von COOP liegen in allen Landesteilen.']],
    [
      [
        'Werkstudent Data (m/w/d)',
        'Starte dein Praktikum oder deine Werkstudententätigkeit bei uns',
      ],
    ],
  ])('no type for %j', (texts) => {
    expect(employment(...texts)).toEqual([]);
  });

  it('reads "internship" under Requirements as the candidate’s past, not this job', () => {
    const [first] = sentences('Previous internship in a lab');
    const asked: Sentence = { ...(first as Sentence), section: 'required' };
    expect(extractEmploymentTypes([asked, ...sentences('Full Time')], null)).toEqual(['full_time']);
  });

  it('uses JSON-LD employmentType, string, comma list or array', () => {
    expect(extractEmploymentTypes([], { employmentType: 'FULL_TIME' })).toEqual(['full_time']);
    expect(extractEmploymentTypes([], { employmentType: ['INTERN', 'FULL_TIME'] })).toEqual([
      'full_time',
      'internship',
    ]);
    expect(extractEmploymentTypes([], { employmentType: 'FULL_TIME, TEMPORARY' })).toEqual([
      'full_time',
      'temporary',
    ]);
    expect(extractEmploymentTypes([], { employmentType: 'PER_DIEM' })).toEqual(['per_diem']);
    expect(extractEmploymentTypes(sentences('Part-time'), { employmentType: 'OTHER' })).toEqual([
      'part_time',
    ]);
  });

  it('reads job-board forms', () => {
    expect(employment('Regime híbrido | Tempo inteiro')).toEqual(['full_time']);
    expect(employment('Cameriere/a - stagione estiva 2026')).toEqual(['temporary']);
    expect(employment('Stage – Data Analyst (6 mois) H/F')).toEqual(['internship']);
    expect(employment('Gratification de stage : 1 200 € par mois.')).toEqual(['internship']);
    expect(employment('CDI – Temps partiel 24h/semaine')).toEqual(['part_time']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 6 }), (texts) => {
        expect(() => extractEmploymentTypes(sentences(...texts), null)).not.toThrow();
      }),
    );
  });
});

describe('employment types under a benefits heading', () => {
  const under = (heading: string | null, ...texts: string[]): Sentence[] =>
    sentences(...texts).map((s) => ({ ...s, heading }));
  const read = (...groups: Sentence[][]) => extractEmploymentTypes(groups.flat(), null);

  it('a perk list naming part-time hours sets no type on its own', () => {
    const perks = under(
      'Benefits',
      'Flexible working: reduced hours, part-time options, job sharing, working from home',
    );
    expect(read(perks)).toEqual([]);
    const fr = under(
      'Nous offrons',
      'Avantages : temps partiel possible, télétravail, tickets restaurant',
    );
    expect(read(fr)).toEqual([]);
    const de = under('Wir bieten', 'Flexible Arbeitszeiten, Teilzeit möglich, Homeoffice, Jobrad');
    expect(read(de)).toEqual([]);
  });

  it('the type stated outside the benefits wins over one named among them', () => {
    const en = [
      under(null, 'Warehouse Team Leader', 'Full-time'),
      under('What we offer', 'Part-time hours on request'),
    ];
    expect(read(...en)).toEqual(['full_time']);
    const fr = [
      under(null, 'Contrat : CDD de 6 mois'),
      under('Nous offrons', 'La possibilité de travailler à temps partiel'),
    ];
    expect(read(...fr)).toEqual(['temporary']);
    const de = [
      under(null, 'Anstellungsart: Vollzeit'),
      under('Wir bieten', 'Auf Wunsch auch in Teilzeit'),
    ];
    expect(read(...de)).toEqual(['full_time']);
  });

  it('a single benefits line still gives the type when nothing else does', () => {
    expect(read(under('Wir bieten', 'Eine unbefristete Vollzeitstelle'))).toEqual(['full_time']);
    expect(read(under('What we offer', 'A permanent full-time position'))).toEqual(['full_time']);
  });

  it('JSON-LD outweighs every line of the text', () => {
    const perks = under('Benefits', 'Part-time hours, job sharing, home working');
    const ld = { employmentType: 'FULL_TIME' };
    expect(extractEmploymentTypes(perks, ld)).toEqual(['full_time']);
  });
});

describe('a benefits list that names the contract', () => {
  it('keeps the type beside a permanent-contract word', () => {
    const line = 'Vollzeitstelle, unbefristet, mit Diensthandy und 30 Urlaubstagen, Jobticket';
    const s = sentences(line).map((x) => ({ ...x, heading: 'Wir bieten' }));
    expect(extractEmploymentTypes(s, null)).toEqual(['full_time']);
  });
});

describe('a list of flexible-working options outside the benefits', () => {
  it('names no type: part-time is one arrangement among job sharing and others', () => {
    for (const line of [
      'We care about balance, so ask us about flexibility, whether that is part-time hours, a job share or compressed hours.',
      'Bei uns sind viele Modelle möglich, ob Teilzeit, Jobsharing oder ein Sabbatical.',
      'Nous étudions toute demande d’aménagement, temps partiel, partage de poste, horaires adaptés.',
      'Ofrecemos medidas de conciliación: media jornada, puesto compartido, horario intensivo.',
      'We staan open voor deeltijd, een duobaan, of thuiswerken.',
    ]) {
      expect(employment(line), line).toEqual([]);
    }
  });

  it('still gives the type the posting states elsewhere, or beside a contract word', () => {
    expect(
      employment(
        'Contract: full-time',
        'Flexible working is welcome, whether that is part-time hours, job sharing or compressed hours.',
      ),
    ).toEqual(['full_time']);
    expect(employment('Vollzeit, unbefristet, Jobsharing möglich, 30 Tage Urlaub')).toEqual([
      'full_time',
    ]);
    // One option named without a list is the job's own hours.
    expect(employment('This is a part-time job share role.')).toEqual(['part_time']);
  });
});

describe('extractEmploymentTypes: the word-start looks skip nothing', () => {
  const withoutLooks = (...texts: string[]) => {
    lookMode.off = true;
    try {
      return employment(...texts);
    } finally {
      lookMode.off = false;
    }
  };

  it('reads every phrase and contract term of every language as it does without them', () => {
    let read = 0;
    const check = (...texts: string[]) => {
      const want = withoutLooks(...texts);
      expect(employment(...texts), texts.join(' / ')).toEqual(want);
      if (want.length > 0) read++;
    };
    for (const l of LEXICONS) {
      const x = l.employment;
      const type = x.fullTime[0] ?? '';
      for (const phrase of [...x.noType, ...x.past, ...x.eligibility, ...x.basis]) {
        for (const form of [phrase, phrase.toUpperCase(), phrase.replace(/ /g, '  ')]) {
          check(`${form} ${type}`);
          check(`${type}, ${form}.`);
          check(`${x.internship[0] ?? ''} - ${form}`);
        }
      }
      for (const month of x.months) {
        for (const word of [...x.contractWords, ...x.extendable]) {
          check(`6 ${month} ${word}`);
          check(`${word} 12 ${month}`);
          check(`${word} of 3-6 ${month}`);
          check(`9 ${month}, ${word}`);
        }
      }
    }
    expect(read).toBeGreaterThan(300);
  });
});

describe('workload shares, Swiss and Flemish contract words, learning that is no apprenticeship', () => {
  it.each([
    [['Kassierer/in (m/w/d) 50%', 'Migrolino AG', 'Olten'], ['part_time']],
    [['Bibliothekar:in (60%)', 'Stadtbibliothek Aarau'], ['part_time']],
    [['Informatiker/in 80-100%', 'Kantonsspital Baden'], []],
    [['Pflegehelfer/in', 'Pensum: 30 - 50 %', 'Anstellungsart: unbefristet'], ['part_time']],
    [['Secrétaire médical·e', "Taux d'activité : 100%"], ['full_time']],
    [['Impiegata/o amministrativa/o', 'Grado di occupazione: 70%'], ['part_time']],
    [['Engineer - 100% Remote'], []],
    [['Our revenue grew by 40%'], []],
    [['Hochschulpraktikant/-in Kommunikation', 'Bundesamt für Energie'], ['internship']],
    [['Lernende/r Logistiker/in EFZ', 'Post CH AG'], ['apprenticeship']],
    [['Pflegefachperson HF', 'Du begleitest Lernende im Alltag und teilst dein Wissen.'], []],
    [
      ['Medewerker onthaal', 'Contract van bepaalde duur (6 maanden), voltijds'],
      ['full_time', 'temporary'],
    ],
    [['Maatschappelijk werker', 'Deeltijds (80%) in Gent'], ['part_time']],
    [
      [
        'Chargé·e de formation',
        "Vous gérez nos outils d'apprentissage numérique et la plateforme.",
      ],
      [],
    ],
    [['Comptable', "Contrat d'apprentissage de 24 mois"], ['apprenticeship']],
    [
      ['We hire full-time, short-term temporary positions for the summer.'],
      ['full_time', 'temporary'],
    ],
  ])('%j → %j', (texts, types) => {
    expect(employment(...texts)).toEqual(types);
  });
});

describe('Spanish board record lines', () => {
  it.each([
    [['Tipo de contrato: De duración determinada'], ['temporary']],
    [['Tipo de jornada: Completa'], ['full_time']],
    [['Jornada laboral: Parcial - Tarde'], ['part_time']],
  ])('%j', (texts, types) => {
    expect(employment(...texts)).toEqual(types);
  });
});

describe('the hours of a course are not the job', () => {
  it.each([
    [['Abgeschlossene Berufsausbildung mit aufbauender Vollzeit Fachausbildung oder Studium']],
    [['You must be enrolled as a full-time student in year two or three.']],
    [['Vous suivez des études à temps plein en école de commerce.']],
  ])('%j', (texts) => {
    expect(employment(...texts)).toEqual([]);
  });

  it('still reads the job hours stated apart', () => {
    expect(employment('Vollzeit Fachausbildung oder Studium', 'Arbeitszeit: Vollzeit')).toEqual([
      'full_time',
    ]);
  });
});

describe('a title that names a temporary job', () => {
  it.each([
    [['Seasonal Warehouse Operative', 'Leeds, UK', 'Pick and pack orders.']],
    [['Commessa stagionale (m/f)', 'Rimini', 'Vendita al banco.']],
    [['Tijdelijke medewerker administratie', 'Zwolle']],
    [['Vendeur saisonnier H/F', 'Annecy']],
    [['Dependiente temporal (h/m)', 'Sevilla']],
  ])('%j', (texts) => {
    expect(employment(...texts)).toEqual(['temporary']);
  });

  it('leaves a permanent contract, an agency’s own role and a sentence alone', () => {
    // The text offers a permanent contract: the title's word names the agency's trade.
    expect(
      employment('Temporary Staffing Consultant', 'A permanent position in our Bristol branch.'),
    ).toEqual([]);
    // A bracketed remark on the workplace is no term; a bracketed word alone is.
    expect(
      employment('Software Engineer (Remote temporary until the Leeds office opens)', 'Leeds'),
    ).toEqual([]);
    expect(employment('Cashier (Seasonal)', 'Tampa, FL')).toEqual(['temporary']);
    // A first line that is no title (no job word) says nothing of the job.
    expect(employment('Seasonal demand shapes our year.', 'Data Analyst')).toEqual([]);
    // The text states the hours and the term: the title adds nothing that drowns them.
    expect(
      employment('Socorrista de temporada', 'Contrato temporal de 4 meses', 'Jornada completa'),
    ).toEqual(['full_time', 'temporary']);
  });

  it('reads the title the posting was found to have, wherever its text starts', () => {
    // A board's field sheet opens the text; the title came from its field.
    const text = sentences('Requisition Number 4471', 'Location Name Reno, NV', 'Stock shelves.');
    expect(extractEmploymentTypes(text, null, 'Seasonal Receiver/Stocker Overnight')).toEqual([
      'temporary',
    ]);
    expect(extractEmploymentTypes(text, null, 'Receiver/Stocker Overnight')).toEqual([]);
  });
});

describe('Spanish internship words', () => {
  it.each([
    [['Ofrecemos un puesto en prácticas de seis meses en el área de finanzas.']],
    [['Tipo de contrato: prácticas']],
    [['Incorporación bajo la ley de pasantías, con asignación estímulo.']],
    [['Pasante de Compras', 'Córdoba, Argentina']],
  ])('a traineeship is an internship: %j', (lines) => {
    expect(employment(...lines)).toEqual(['internship']);
  });

  it.each([
    [['Aplicarás buenas prácticas de higiene en la cocina.']],
    [['Un estudio con programas y prácticas que cuidan el equilibrio personal.']],
    [['Conocer las mejores prácticas de seguridad en la nube.']],
  ])('good practices name no contract: %j', (lines) => {
    expect(employment(...lines)).toEqual([]);
  });
});

describe("a contract's length given as a field", () => {
  it.each([
    ['Contract length: 9 months', 'en'],
    ['Contract duration: 18 months, with a view to extension', 'en'],
    ['Vertragsdauer: 24 Monate', 'de'],
    ['Vertragslaufzeit: 6 Monate', 'de'],
    ['Durée du contrat : 4 mois', 'fr'],
    ['Duración del contrato: 5 meses', 'es'],
    ['Durata contratto: 8 mesi', 'it'],
    ['Duração do contrato: 10 meses', 'pt'],
    ['Contractduur: 7 maanden', 'nl'],
  ])('%s (%s) is a fixed term', (line) => {
    expect(employment(line)).toEqual(['temporary']);
  });

  it('keeps a probation period or a permanent contract out', () => {
    expect(employment('Contract type: permanent; probation 6 months')).not.toContain('temporary');
    expect(
      employment('Contratto: tempo indeterminato dopo un periodo di prova di 6 mesi'),
    ).not.toContain('temporary');
  });
});

describe('a project-long contract and a term written as an adjective', () => {
  it.each([
    'Contrato por proyecto con posibilidad de extensión',
    'Contratación por proyecto',
    '12-monatiger Vertrag mit Option auf Verlängerung',
    'Befristung: 24-monatige Elternzeitvertretung',
  ])('%s is a fixed term', (line) => {
    expect(employment(line)).toContain('temporary');
  });
});

describe('a labelled range of shares up to 100 % leaves the hours open', () => {
  const perk = (...lead: string[]): Sentence[] => [
    ...sentences(...lead),
    ...sentences('Flexible schedule (hybrid, full-time or 60%)').map((x) => ({
      ...x,
      heading: 'What we offer',
    })),
  ];

  it('against a perk offering either', () => {
    expect(extractEmploymentTypes(perk('Workload: 60 – 100%'), null)).toEqual([]);
  });

  it('a perk still names the hours where no range is stated', () => {
    expect(extractEmploymentTypes(perk('Workload: 100%'), null)).toEqual(['full_time']);
    expect(extractEmploymentTypes(perk('Lab Technician'), null)).toEqual(['full_time']);
  });
});

describe('a type the candidate held is not the job', () => {
  it.each([
    ['Internship, co-op or placement experience in a finance team is welcome.'],
    ['Prior freelance or contractor experience with agencies.'],
    ['Two summers of internship experience in a laboratory.'],
    ['Volunteer role experience in community health counts.'],
  ])('%s → no type', (text) => {
    expect(employment('Financial Analyst', text)).toEqual([]);
  });

  it('still reads the job when the sentence says what the internship gives', () => {
    expect(employment('This internship gives you hands-on experience in audit.')).toEqual([
      'internship',
    ]);
    expect(employment('Full-time role. Internship experience is a plus.')).toEqual(['full_time']);
  });

  it('reads a hyphen of another code point as the hyphen ("co\u2011op")', async () => {
    const { extract } = await import('../index');
    const text =
      'Analyst\nAcme\n\nRequirements: Internship, co\u2011op, or rotation experience in sales.';
    expect(extract({ text }).posting.employmentTypes).toEqual([]);
    expect(
      extract({ text: 'Analyst\nAcme\n\nA paid co\u2011op for students.' }).posting.employmentTypes,
    ).toEqual(['internship']);
  });

  it('an existing contractor asked to apply internally is the reader, not the job', () => {
    expect(
      employment(
        'Senior Manager',
        'Are you an existing contractor or consultant with us? Please apply internally.',
      ),
    ).toEqual([]);
  });
});
