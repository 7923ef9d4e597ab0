import { describe, expect, it } from 'vitest';
import {
  type DuplicateInput,
  duplicateCandidates,
  findDuplicates,
  pairKey,
  titleTokens,
} from './duplicates';

const ZALANDO_TEXT = `Als Senior Data Analyst im Team Pricing & Forecasting arbeitest du eng mit Category
Management und Engineering zusammen. Du entwickelst Dashboards in Looker, baust Prognosemodelle in
Python und präsentierst deine Ergebnisse dem Leadership Team. Was du mitbringst: mindestens 4 Jahre
Berufserfahrung in der Datenanalyse, sehr gute SQL-Kenntnisse, Erfahrung mit A/B-Tests und
statistischer Modellierung, fließendes Englisch; Deutsch ist ein Plus. Wir bieten: hybrides
Arbeiten, 30 Tage Urlaub, Mitarbeiterrabatt und ein Lernbudget von 1.500 EUR pro Jahr.`;

const DOCTOLIB_ABOUT = `À propos de Doctolib : notre mission est d'améliorer la santé de tous. Nous sommes
plus de 2 800 collaborateurs en France, en Allemagne, en Italie et aux Pays-Bas. Nos avantages : mutuelle
prise en charge à 100 %, tickets restaurant, télétravail partiel, congé parental étendu, et un
accompagnement dans votre évolution de carrière.`;

const CABIFY_TEXT = `En Cabify buscamos un/a Desarrollador/a Full Stack para el equipo de Pagos. Trabajarás
con TypeScript, React y Node.js, diseñarás APIs que procesan millones de viajes al mes y participarás en
las guardias del equipo. Requisitos: 3 años de experiencia con JavaScript o TypeScript, experiencia con
bases de datos PostgreSQL, inglés profesional. Ofrecemos: horario flexible, seguro médico, formación
continua y un día libre por tu cumpleaños.`;

const rows: DuplicateInput[] = [
  {
    jobKey: 'linkedin:3912345678',
    title: 'Senior Data Analyst (m/w/d)',
    company: 'Zalando SE',
    location: 'Berlin, Berlin, Deutschland',
    text: `Über die Stelle\n${ZALANDO_TEXT}\nBewirb dich jetzt über LinkedIn.`,
  },
  {
    jobKey: 'greenhouse:zalando:5123456',
    title: 'Sr. Data Analyst',
    company: 'Zalando',
    location: 'Berlin',
    text: ZALANDO_TEXT,
  },
  {
    jobKey: 'greenhouse:doctolib:111',
    title: 'Senior Backend Engineer',
    company: 'Doctolib',
    location: 'Paris, France',
    text: `Vous rejoindrez l'équipe Agenda pour concevoir nos services Ruby on Rails et PostgreSQL,
optimiser les performances de l'API et accompagner deux développeurs juniors. ${DOCTOLIB_ABOUT}`,
  },
  {
    jobKey: 'greenhouse:doctolib:222',
    title: 'Senior Frontend Engineer',
    company: 'Doctolib',
    location: 'Paris, France',
    text: `Vous rejoindrez l'équipe Téléconsultation pour construire nos interfaces React et
TypeScript, améliorer l'accessibilité et le design system. ${DOCTOLIB_ABOUT}`,
  },
  {
    jobKey: 'decathlon.fr:lyon-42',
    title: 'Conseiller de vente sport (H/F)',
    company: 'Decathlon',
    location: 'Lyon',
    text: 'Conseiller de vente en magasin, passionné de sport, CDI 35h, travail le samedi.',
  },
  {
    jobKey: 'decathlon.fr:bordeaux-77',
    title: 'Conseiller de vente sport (H/F)',
    company: 'Decathlon',
    location: 'Bordeaux',
    text: 'Conseiller de vente en magasin, passionné de sport, CDI 35h, travail le samedi.',
  },
  {
    jobKey: 'lever:cabify:abc',
    title: 'Desarrollador/a Full Stack',
    company: 'Cabify',
    location: 'Madrid',
    text: CABIFY_TEXT,
  },
  {
    jobKey: 'linkedin:3999999999',
    title: 'Desarrollador Full Stack',
    company: 'Cabify',
    location: 'Madrid, Comunidad de Madrid, España',
    text: `${CABIFY_TEXT} Solicitar en LinkedIn.`,
  },
  {
    // Same agency template, another employer: not the same job.
    jobKey: 'indeed:xyz',
    title: 'Desarrollador Full Stack',
    company: 'Glovo',
    location: 'Madrid',
    text: CABIFY_TEXT.replace('Cabify', 'Glovo'),
  },
];

describe('titleTokens', () => {
  it('drops gender markers and expands abbreviations', () => {
    expect(titleTokens('Sr. Data Analyst (m/w/d)')).toEqual(new Set(['senior', 'data', 'analyst']));
    expect(titleTokens('Ingénieur DevOps H/F')).toEqual(new Set(['ingenieur', 'devops']));
    expect(titleTokens('Software Engineer II')).toEqual(new Set(['software', 'engineer', '2']));
  });
});

describe('findDuplicates', () => {
  const pairs = findDuplicates(rows);
  const keys = pairs.map((p) => pairKey(p.a, p.b));

  it('finds the same job on two sites', () => {
    expect(keys).toContain(pairKey('linkedin:3912345678', 'greenhouse:zalando:5123456'));
    expect(keys).toContain(pairKey('lever:cabify:abc', 'linkedin:3999999999'));
  });

  it('finds nothing else: different jobs at one company, one role in two cities, another employer', () => {
    expect(pairs).toHaveLength(2);
  });

  it('explains each pair and scores it between 0 and 1', () => {
    const zalando = pairs.find((p) => p.a === 'linkedin:3912345678');
    expect(zalando?.b).toBe('greenhouse:zalando:5123456');
    expect(zalando?.score).toBeGreaterThan(0.8);
    expect(zalando?.score).toBeLessThanOrEqual(1);
    expect(zalando?.reasons.map((r) => r.kind)).toEqual(['company', 'title', 'location', 'text']);
    expect(zalando?.reasons.find((r) => r.kind === 'text')?.similarity).toBeGreaterThan(0.9);
  });

  it('leaves out pairs the user dismissed', () => {
    const dismissed = new Set([pairKey('greenhouse:zalando:5123456', 'linkedin:3912345678')]);
    const rest = findDuplicates(rows, { dismissed });
    expect(rest.map((p) => p.a)).toEqual(['lever:cabify:abc']);
  });

  it('does not pair same-title postings whose descriptions differ', () => {
    const a = rows[6] as DuplicateInput;
    const other: DuplicateInput = {
      ...a,
      jobKey: 'lever:cabify:def',
      text: `Equipo de Mapas: buscamos desarrollador para rutas y geolocalización en Kotlin y Go,
con experiencia en sistemas distribuidos, Kafka y observabilidad. Puesto en Madrid con dos días
de oficina y beneficios de salud.`,
    };
    expect(findDuplicates([a, other])).toEqual([]);
  });

  it('needs a company to compare', () => {
    const noCompany = rows.slice(0, 2).map((r) => ({ ...r, company: null }));
    expect(findDuplicates(noCompany)).toEqual([]);
  });
});

describe('duplicateCandidates', () => {
  it('names the postings worth reading the text of, without reading any', () => {
    const meta = rows.map(({ text: _text, ...m }) => m);
    // Doctolib (titles differ), Decathlon (cities differ) and Glovo (no second Glovo) are out.
    expect(duplicateCandidates(meta).sort()).toEqual([
      'greenhouse:zalando:5123456',
      'lever:cabify:abc',
      'linkedin:3912345678',
      'linkedin:3999999999',
    ]);
  });
});
