import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { canonicalSkill } from './skill-data/aliases';
import { extractSkills, matchSkills } from './skills';

const sentence = (text: string): Sentence => ({
  text,
  start: 0,
  end: text.length,
  heading: null,
  section: null,
});
const skills = (text: string) =>
  extractSkills(sentence(text))
    .filter((f) => f.kind === 'skill')
    .map((f) => (f.kind === 'skill' ? f.name : ''));
const certs = (text: string) =>
  extractSkills(sentence(text))
    .filter((f) => f.kind === 'certification')
    .map((f) => (f.kind === 'certification' ? f.name : ''));

describe('extractSkills: named tools', () => {
  it('reads a comma list of tools, vendor names or not', () => {
    expect(
      skills('Experience working with Service Cloud, JIRA, Tableau, or similar software.'),
    ).toEqual(['Service Cloud', 'JIRA', 'Tableau']);
  });

  it('reads methods in parentheses', () => {
    expect(skills('familiarity with project planning methodology (Scrum, Kanban)')).toEqual([
      'Scrum',
      'Kanban',
    ]);
  });

  it('canonicalises aliases: JS, Postgres, k8s, Golang, React.js', () => {
    expect(skills('Strong JS and TS skills; Postgres, k8s and Golang in production.')).toEqual([
      'JavaScript',
      'TypeScript',
      'PostgreSQL',
      'Kubernetes',
      'Go',
    ]);
    expect(skills('You have shipped apps in React.js and Node.js')).toEqual(['React', 'Node.js']);
  });

  it('prefers the longest name: Microsoft SQL Server is not SQL', () => {
    expect(skills('Administration of Microsoft SQL Server 2019 databases')).toEqual(['SQL Server']);
  });

  it('keeps symbols that are part of names: C++, C#, .NET, CI/CD', () => {
    expect(skills('Solid C++ or C# (.NET) background, CI/CD pipelines')).toEqual([
      'C++',
      'C#',
      '.NET',
      'CI/CD',
    ]);
  });

  it('splits names glued by a slash', () => {
    expect(skills('Agile/Scrum/Kanban teams using Git')).toEqual([
      'Agile',
      'Scrum',
      'Kanban',
      'Git',
    ]);
  });

  it('reads French, German, Spanish, Italian and Dutch postings', () => {
    expect(skills('Maîtrise de Python, SQL et Power BI indispensable.')).toEqual([
      'Python',
      'SQL',
      'Power BI',
    ]);
    expect(skills('Sehr gute Kenntnisse in Java, Spring Boot und Docker')).toEqual([
      'Java',
      'Spring Boot',
      'Docker',
    ]);
    expect(skills('Conocimientos avanzados de Excel y SAP.')).toEqual(['Excel', 'SAP']);
    expect(skills('Ottima conoscenza del pacchetto Office e di Salesforce')).toEqual([
      'Microsoft Office',
      'Salesforce',
    ]);
    expect(skills('Ervaring met Azure, Terraform en Kubernetes is een pré')).toEqual([
      'Microsoft Azure',
      'Terraform',
      'Kubernetes',
    ]);
  });

  it('reports each skill once per sentence, at its first mention', () => {
    const text = 'Service Cloud admin skills; Service Cloud reporting a plus';
    const found = extractSkills(sentence(text));
    expect(found).toEqual([
      {
        kind: 'skill',
        name: 'Service Cloud',
        mention: { text: 'Service Cloud', start: 0, end: 13 },
        at: 0,
      },
    ]);
  });
});

describe('extractSkills: words that are also ordinary words', () => {
  it('counts Go, Rust, R and Swift next to other languages', () => {
    expect(skills('Go, Rust and Python in production')).toEqual(['Go', 'Rust', 'Python']);
    expect(skills('Statistical modelling in R or Python')).toEqual(['R', 'Python']);
    expect(skills('iOS development with Swift and SwiftUI')).toContain('Swift');
  });

  it('reads ASP as the web framework only where tools are named, not as a selling price', () => {
    expect(skills('Pricing updates, including ASP alignment with the regional team')).toEqual([]);
    expect(skills('Seguimiento del ASP y de los márgenes por cliente')).toEqual([]);
    expect(skills('Maintenance of legacy ASP and VBScript pages')).toEqual(['ASP', 'VBScript']);
  });

  it('counts them after a cue word in several languages', () => {
    expect(skills('Experience with Go is expected')).toEqual(['Go']);
    expect(skills('Proficiency in Excel')).toEqual(['Excel']);
    expect(skills("Bonne maîtrise d'Excel")).toEqual(['Excel']);
    expect(skills('Kenntnisse in R wünschenswert')).toEqual(['R']);
    expect(skills('Manejo de Word y Excel')).toEqual(['Word', 'Excel']);
  });

  it('counts them after the cue words of every lexicon (skills.toolCues)', () => {
    expect(skills('Een vlotte beheersing van Excel is nodig')).toEqual(['Excel']);
    expect(skills('Je beheerst Word en Excel tot in de puntjes')).toEqual(['Word', 'Excel']);
    expect(skills('A good command of Excel, pivot tables included')).toEqual(['Excel']);
    expect(skills('Esperienza pregressa di Excel e Outlook')).toEqual(['Excel', 'Outlook']);
    expect(skills('Gute Anwenderkenntnisse von Word')).toEqual(['Word']);
    // The cue words alone do not make a verb a tool.
    expect(skills('Je beheerst de planning en wil excelleren')).toEqual([]);
    expect(skills('Esperienza per eccellere: excel in ogni progetto')).toEqual([]);
  });

  it('ignores them in ordinary prose', () => {
    expect(skills("We're ready to go when you are")).toEqual([]);
    expect(skills('Go beyond what customers expect')).toEqual([]);
    expect(skills('Excel in a fast-paced environment with changing priorities')).toEqual([]);
    expect(skills('Our chef prepares lunch every day and the office has a spark of fun')).toEqual(
      [],
    );
    expect(skills('Leads R&D programs and reports to C-level executives')).toEqual([]);
    expect(skills('A swift response to every word our customers say')).toEqual([]);
    expect(skills('Go-to-market strategy for the French market')).toEqual([]);
  });

  it('needs Microsoft or a cue for Word, Access, Teams, Outlook', () => {
    expect(skills('Microsoft Word, Outlook and Teams')).toEqual(['Word', 'Outlook', 'Teams']);
    expect(skills('Teams across the world rely on us; Access to great benefits')).toEqual([]);
  });

  it('does not read the French "tableau de bord" as Tableau', () => {
    expect(skills('Vous construisez le tableau de bord mensuel des ventes.')).toEqual([]);
  });
});

describe('extractSkills: business prose has no tools', () => {
  it.each([
    'Leverage qualitative and quantitative data to identify enforcement gaps within policies and tooling.',
    'Write and update internal and external documentation, including status updates and FAQs.',
    'Work with Sales to increase partner comprehension of policies.',
    'Five years experience in marketing, advertising, digital, with acumen across search, data and measurement.',
    'Excellent presentation, communication, and collaboration skills.',
    'Act as a point of contact for partners and lead partner training where needed.',
    'First, you will analyze the market; then you will report to the Director of Sales.',
    'Active, passionate user with strong interest in social media and a basic understanding of analytics.',
    'Vous êtes rigoureux, autonome et doté d’un excellent relationnel.',
    'Sie arbeiten eng mit dem Vertrieb und dem Marketing zusammen.',
    'Buscamos una persona proactiva con capacidad de trabajo en equipo.',
  ])('%s', (text) => {
    expect(extractSkills(sentence(text))).toEqual([]);
  });
});

describe('extractSkills: certifications', () => {
  it('reads certifications apart from skills', () => {
    const text = 'PMP or PRINCE2 certification required; ITIL Foundation and CISSP a plus';
    expect(certs(text)).toEqual(['PMP', 'PRINCE2', 'ITIL', 'CISSP']);
    expect(skills(text)).toEqual([]);
  });

  it('prefers the precise AWS certification', () => {
    expect(certs('AWS Certified Solutions Architect (Associate) preferred')).toEqual([
      'AWS Certified Solutions Architect',
    ]);
    expect(certs('Being AWS Certified is a bonus')).toEqual(['AWS Certified']);
  });

  it('reads scrum certifications written out', () => {
    expect(certs('Certified ScrumMaster (CSM) or Professional Scrum Master')).toEqual([
      'CSM',
      'PSM',
    ]);
  });

  it('does not read a lowercase word as an acronym certification', () => {
    expect(certs('The cia of the story; a cpa-like rigour')).toEqual([]);
  });
});

describe('matchSkills offsets', () => {
  it('points at the words as written', () => {
    const text = 'Tools: MS Excel, Atlassian Jira and Google Analytics 4';
    for (const m of matchSkills(text)) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
    }
    expect(matchSkills(text).map((m) => text.slice(m.start, m.end))).toEqual([
      'MS Excel',
      'Atlassian Jira',
      'Google Analytics 4',
    ]);
  });

  it('never throws and keeps `at` inside the sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const f of extractSkills(sentence(text))) {
          expect(f.at).toBeGreaterThanOrEqual(0);
          expect(f.at).toBeLessThan(Math.max(1, text.length));
        }
      }),
    );
    const words = fc.constantFrom('Go', 'Excel', 'R', 'C++', ',', 'and', 'Python', '/', '&', '-');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const m of matchSkills(text))
          expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('canonicalSkill', () => {
  it.each([
    ['JS', 'JavaScript'],
    ['javascript', 'JavaScript'],
    ['Postgres', 'PostgreSQL'],
    ['k8s', 'Kubernetes'],
    ['MS Excel', 'Excel'],
    ['Microsoft Excel', 'Excel'],
    ['excel', 'Excel'],
    ['GCP', 'Google Cloud Platform'],
    ['SFDC', 'Salesforce'],
    ['Node', 'Node.js'],
    ['GA4', 'Google Analytics'],
    ['Atlassian JIRA', 'JIRA'],
    ['Tableau Software', 'Tableau'],
    ['Certified Scrum Master', 'CSM'],
    ['  golang ', 'Go'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalSkill(name)).toBe(canonical);
  });

  it('returns null for names it does not know', () => {
    expect(canonicalSkill('communication')).toBeNull();
    expect(canonicalSkill('')).toBeNull();
    expect(canonicalSkill('!!!')).toBeNull();
  });
});

describe('modern tools table and context rules', () => {
  it('knows tools O*NET lacks, under their usual names', () => {
    expect(skills('Pipelines in Nextflow or Snakemake; models tracked in MLflow and W&B')).toEqual([
      'Nextflow',
      'Snakemake',
      'MLflow',
      'Weights & Biases',
    ]);
    expect(skills('Déploiement avec ArgoCD et Terraform sur GKE')).toEqual([
      'Argo CD',
      'Terraform',
      'GKE',
    ]);
  });

  it('keeps one canonical name for every spelling', () => {
    expect(canonicalSkill('Dynamics 365')).toBe(canonicalSkill('Microsoft Dynamics'));
    expect(canonicalSkill('Sendinblue')).toBe('Brevo');
    expect(canonicalSkill('GA4')).toBe('Google Analytics');
  });

  it('wants context for names that are everyday words', () => {
    expect(skills('We hit the gong when a deal closes and square the books.')).toEqual([]);
    expect(skills('Experience with Outreach and Gong')).toEqual(['Outreach', 'Gong']);
    expect(skills('Process sales on our Square POS')).toEqual(['Square']);
    // A Latin word in an employer's blurb, and the insurance suite of that name in a skills line.
    expect(skills('Our mission: help H. sapiens age more slowly.')).toEqual([]);
    expect(skills('You configure Sapiens and Guidewire policy systems')).toEqual([
      'Sapiens',
      'Guidewire',
    ]);
  });

  it('lets a cue-vouched name vouch for its neighbour', () => {
    expect(skills('Je schrijft tests met Jest en Cypress')).toEqual(['Jest', 'Cypress']);
  });

  it('reads three everyday-word tools listed together', () => {
    expect(skills('Excel, Word, and Outlook; good communication')).toEqual([
      'Excel',
      'Word',
      'Outlook',
    ]);
    expect(skills('Spring, Summer and Fall collections')).toEqual([]);
  });

  it('takes an unknown name listed among known tools', () => {
    expect(skills('We use React, Redux, Storybook and Chromatic')).toEqual([
      'React',
      'Redux',
      'Storybook',
      'Chromatic',
    ]);
    expect(skills('Fluent English, French and Spanish; Python and SQL')).toEqual(['Python', 'SQL']);
    expect(skills('GCP (GKE, Cloud SQL, Pub/Sub)')).toEqual([
      'Google Cloud Platform',
      'GKE',
      'Cloud SQL',
      'Pub/Sub',
    ]);
  });

  it('does not take the standing held in a body, listed with it, as a tool', () => {
    expect(skills('Membership of CIPD or ACCA; Excel and SAP')).toEqual(['Excel', 'SAP']);
    expect(skills('Lidmaatschap of Excel, Word en Outlook')).toEqual(['Excel', 'Word', 'Outlook']);
  });

  it('reads an everyday-word tool right after a preposition, not a season', () => {
    expect(skills('Take orders on Toast and escalate via Linear')).toEqual(['Toast', 'Linear']);
    expect(skills('Starting in Spring 2026 at our office')).toEqual([]);
  });

  it('does not take a phrase around a known name as another name', () => {
    expect(skills('Strong Python and one of Go, Rust or C++')).toEqual([
      'Python',
      'Go',
      'Rust',
      'C++',
    ]);
  });

  it('does not read a coffee as a test framework', () => {
    expect(skills('Espresso drinks and latte art')).toEqual([]);
  });

  it('does not read a currency code as a tool', () => {
    expect(skills('Rate: $85 - $100/hour (CAD) for AutoCAD drafting')).toEqual(['AutoCAD']);
  });

  it('wants capitals for short hand-written acronyms', () => {
    expect(skills('Build SOAP and REST services')).toEqual(['SOAP', 'REST']);
    expect(skills('Bring soap and a towel; rest well')).toEqual([]);
  });
});

describe('extractSkills: software categories are not tools', () => {
  it.each([
    ['Experience with a WMS and a TMS in a distribution centre.', []],
    ['Keep candidate records up to date in the HRIS and the ATS.', []],
    ['Hands-on with ERP and CRM systems, ideally Salesforce.', ['Salesforce']],
    ['Upload courses to our LMS and send SMS reminders.', []],
    ['Run the POS at the till and the Toast POS in the bar.', ['Toast']],
    ['Conocimientos de ERP (SAP) y CRM.', ['SAP']],
  ])('%s', (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it('keeps a product named with the category (Manhattan WMS, Canvas LMS)', () => {
    expect(skills('Manhattan WMS and Canvas LMS experience')).toEqual([
      'Manhattan Associates',
      'Canvas',
    ]);
  });
});

describe('extractSkills: ordinary words that catalogue names collide with', () => {
  it.each([
    ['Werde Teil unseres internationalen Teams in Berlin mit Linux-Fokus', 'Teams'],
    ['Laurea in Informatica o Ingegneria', 'Informatica'],
    ['Vous apprenez vite et aimez le travail en équipe', 'Vite'],
    ['Courage and creativity are part of our DNA', 'DNA'],
    ['We are an Equal Employment Opportunity employer', 'Equal employment opportunity'],
    ['Responsibilities: Front Desk and guest welcome', 'Front Desk'],
    ['The Project runs on Python', 'Project'],
  ])('%s: no %s', (text, name) => {
    expect(skills(text)).not.toContain(name);
  });

  it('still reads those names in a list of tools', () => {
    expect(skills('Tools: Excel, Project, Visio')).toContain('Project');
    expect(skills('ETL with Informatica, Talend and SSIS')).toContain('Informatica');
    expect(skills('Build tooling: Webpack, Vite, esbuild')).toContain('Vite');
  });
});

describe('matchSkills on a long line', () => {
  it('reads the unknown item of every list, in time linear in the clauses', () => {
    const line = 'Stack: Python, Kotlin, Ktorix; '.repeat(20_000);
    const started = performance.now();
    const matches = matchSkills(line);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(matches.filter((m) => m.name === 'Ktorix')).toHaveLength(20_000);
    expect(matches).toHaveLength(60_000);
  });

  it('reads one sentence the same whatever text surrounds it', () => {
    const one = 'Werkzeuge: Jira, Confluence und Zeplinix; dazu Git.';
    const names = (text: string) => matchSkills(text).map((m) => m.name);
    expect(names(`${one} ${one}`)).toEqual([...names(one), ...names(one)]);
  });
});

describe('an everyday name before a noun that makes an ordinary compound', () => {
  it('is no tool: access control or management is not Microsoft Access', () => {
    expect(skills('Experience with Identity & Access Management platforms')).not.toContain(
      'Access',
    );
    expect(skills('You will install Access Control panels and CCTV')).not.toContain('Access');
    expect(skills('Sie kennen sich mit Access Management aus')).not.toContain('Access');
  });

  it('still reads the tool where it is one', () => {
    expect(skills('Strong Microsoft Access and Excel skills')).toContain('Access');
    expect(skills('Experience with Excel, Access and Power BI')).toContain('Access');
  });
});

describe('extractSkills: methods and tools first missed on unseen postings', () => {
  it.each([
    ['Hands-on NLP experience (entity linking, topic models).', 'NLP'],
    ['Kenntnisse in Data Mining und Statistik', 'Data mining'],
    [
      'Maîtrise de la programmation linéaire et de la recherche opérationnelle',
      'Linear programming',
    ],
    ['Conocimientos de investigación operativa', 'Operations research'],
    ['Solid grasp of Object Orientated Programming', 'OOP'],
    ['Gute Kenntnisse in objektorientierte Programmierung', 'OOP'],
    ['Dashboards in Micro Strategy or Power BI', 'MicroStrategy'],
    ['File transfers over SFTP', 'SFTP'],
    ['Statistical tests such as ANOVA and t-tests', 'ANOVA'],
    ['Investigations with Maltego and Quantexa', 'Maltego'],
    ['Mobile apps in React Native with Expo', 'Expo'],
  ])('%j', (text, name) => {
    expect(skills(text)).toContain(name);
  });

  it('takes no exhibition for the Expo tool', () => {
    expect(skills('Meet our team at the regional careers Expo in June.')).not.toContain('Expo');
  });
});

describe("extractSkills: a team's name is no tool asked for", () => {
  it.each([
    'You will report into our Business Intelligence department.',
    'Join the Data Science team in Leeds.',
    'Gemeinsam mit unserem Data Mining Team entwickeln wir Berichte.',
  ])('%j', (text) => {
    expect(skills(text)).toEqual([]);
  });

  it('keeps a method named with a team that is no unit of the employer', () => {
    expect(skills('Experience with SQL, gained in an Agile team')).toEqual(['SQL', 'Agile']);
  });
});

describe('regional accounting suites and generative AI tools', () => {
  it('reads the Argentine accounting suites beside other ones (es)', () => {
    const found = skills('Manejo de sistemas contables como Tango, Bejerman o SAP Business One.');
    expect(found).toEqual(expect.arrayContaining(['Tango', 'Bejerman', 'SAP Business One']));
  });

  it('reads assistants named as tools (es, en)', () => {
    expect(skills('Uso diario de herramientas de IA (ChatGPT, Gemini, Claude).')).toEqual(
      expect.arrayContaining(['ChatGPT', 'Gemini', 'Claude']),
    );
    expect(skills('Comfortable drafting prompts in ChatGPT or Claude.')).toEqual(
      expect.arrayContaining(['ChatGPT', 'Claude']),
    );
  });

  it('leaves the everyday words alone outside a tool context (es, en)', () => {
    expect(skills('Clases de tango los jueves para todo el equipo.')).not.toContain('Tango');
    expect(skills('Our founder Claude started the bakery in 1990.')).not.toContain('Claude');
  });

  it('reads the MongoDB modelling library beside its database', () => {
    expect(skills('Solid MongoDB (Mongoose) and Express experience.')).toContain('Mongoose');
  });
});

describe('a list item that is a tool name alone', () => {
  const item = (text: string, heading: string | null): Sentence => ({
    text,
    start: 0,
    end: text.length,
    heading,
    section: heading === null ? null : 'required',
  });
  const names = (text: string, heading: string | null) =>
    extractSkills(item(text, heading)).map((f) => (f as { name: string }).name);

  it.each(['Excel', 'Outlook', 'Word', 'PowerPoint'])('names %s under a heading', (name) => {
    expect(names(name, 'Requirements')).toEqual([name]);
    expect(names(name, 'Ce que nous attendons')).toEqual([name]);
  });

  it('needs the heading: a short line of the header block is no list item', () => {
    expect(names('Excel', null)).toEqual([]);
  });

  it('keeps everyday words out even alone under a heading', () => {
    expect(names('Project', 'Benefits')).toEqual([]);
    expect(names('Teams', 'Perks')).toEqual([]);
  });
});

describe('data engines, monitoring tools, distributions and languages asked by name', () => {
  it.each([
    ['Querying with Impala and batch jobs in MapReduce', ['Apache Impala', 'MapReduce']],
    ['Réseau supervisé avec Cacti, MRTG et NetFlow', ['Cacti', 'MRTG', 'NetFlow']],
    ['Gute Linux-Kenntnisse (Fedora/Redhat)', ['Linux', 'Fedora', 'Red Hat Linux']],
    ['Conocimientos de Pentaho y Perforce', ['Pentaho', 'Perforce']],
    ['Lenguajes funcionales: Elm, Lisp, Racket o Julia', ['Elm', 'Lisp', 'Racket', 'Julia']],
    ['Nube en AWS u OCI', ['Amazon Web Services', 'Oracle Cloud Infrastructure']],
  ])('%s', (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it('leaves the everyday words among them alone in prose', () => {
    expect(skills('Julia from our team will call you about the racket club.')).toEqual([]);
    expect(skills('An old elm shades the courtyard, with cacti by the door.')).toEqual([]);
  });
});

describe('warehouse equipment, mainframe tools and platforms asked by name', () => {
  it.each([
    ['You can operate pallet jacks and a reach truck safely.', ['Pallet jack', 'Reach truck']],
    ['Du fährst sicher Hubwagen und Schubmaststapler.', ['Pallet jack', 'Reach truck']],
    ['Three years on z/OS with ISPF and VSAM files.', ['z/OS', 'ISPF', 'VSAM']],
    ['Kenntnisse in Dayforce und InterQual von Vorteil.', ['Dayforce', 'InterQual']],
  ])('%s', (text, expected) => {
    expect(skills(text)).toEqual(expected);
  });

  it('leaves a forklift licence to the licence reader', () => {
    expect(skills('A valid forklift licence is required.')).toEqual([]);
    expect(skills('Forklift operator certificate an advantage')).toEqual([]);
  });

  it('reads a forklift to drive as equipment, in each language', () => {
    expect(skills('You have driven a forklift in a busy yard before.')).toEqual(['Forklift']);
    expect(skills('Du hast Erfahrung mit Gabelstaplern.')).toEqual(['Forklift']);
    expect(skills('Conduite de chariots élévateurs au quotidien.')).toEqual(['Forklift']);
    expect(skills('Sai guidare il carrello elevatore in sicurezza.')).toEqual(['Forklift']);
    expect(skills('Je kunt met een heftruck overweg.')).toEqual(['Forklift']);
    expect(skills('Sabe operar empilhadeira.')).toEqual(['Forklift']);
  });

  it('reads the licence alone where a licence phrase names the forklift', () => {
    const found = extractSkills(sentence('Patentino per carrelli elevatori obbligatorio'));
    expect(found.map((f) => ('name' in f ? `${f.kind}:${f.name}` : f.kind))).toEqual([
      'license:Forklift licence',
    ]);
    const pt = extractSkills(sentence('Certificado de operador de empilhadeira em dia'));
    expect(pt.map((f) => ('name' in f ? `${f.kind}:${f.name}` : f.kind))).toEqual([
      'license:Forklift licence',
    ]);
  });
});

describe('extractSkills: names with an apostrophe', () => {
  it('reads a possessive name in a straight or a curly apostrophe', () => {
    expect(certs("You will need a valid Food Handler's card before the first shift.")).toEqual([
      'Food Handler certificate',
    ]);
    expect(certs('Le Food Handler’s Health Certificate est exigé à l’embauche.')).toEqual([
      'Food Handler certificate',
    ]);
    expect(skills('Erfahrung mit Analyst’s Notebook und Moody’s RiskCalc.')).toEqual([
      "i2 Analyst's Notebook",
      "Moody's RiskCalc",
    ]);
  });

  it('still reads a tool after an elided article', () => {
    expect(skills("Maîtrise d'Excel et de l’outil Jira exigée.")).toEqual(['Excel', 'JIRA']);
  });
});
