import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (German, French, Spanish, Italian, Portuguese and
 * Dutch careers pages, job-board records and vacancy lists). Sentences are written for these tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const education = (text: string) => read(text).requirements.find((r) => r.kind === 'education');

describe('a town after a gender mark ends the title and is the posting’s place', () => {
  it.each([
    [
      'Lagerlogistiker (m/w/d) in Hamburg\n\nDeine Aufgaben\n- Ware annehmen und prüfen.',
      'Lagerlogistiker (m/w/d)',
      'Hamburg',
    ],
    [
      'Serveur (H/F) à Lyon\n\nVos missions\n- Accueillir les clients en salle.',
      'Serveur (H/F)',
      'Lyon',
    ],
    ['Kok (m/v) te Utrecht\n\nWat ga je doen\n- Je bereidt de lunch voor.', 'Kok (m/v)', 'Utrecht'],
  ])('%s', (text, title, town) => {
    const p = posting(text);
    expect(p.title).toBe(title);
    expect(p.locations).toEqual([town]);
  });

  it('keeps a word that is no known town', () => {
    expect(
      posting('Koch (m/w/d) in Teilzeit\n\nDeine Aufgaben\n- Frühstück zubereiten.').title,
    ).toBe('Koch (m/w/d) in Teilzeit');
  });
});

describe('an underscore before the towns of a title', () => {
  it('cuts "_ Town/Town" and reads each town', () => {
    const p = posting(
      'Magazziniere _ Bologna/Verona\n\nCerchiamo un magazziniere per il nostro deposito.\n- Carico e scarico merci.',
    );
    expect(p.title).toBe('Magazziniere');
    expect(p.locations).toEqual(['Bologna', 'Verona']);
  });

  it('cuts "_ Town" alone', () => {
    const p = posting(
      'Auxiliar administrativo _ Sevilla\n\nBuscamos un auxiliar para nuestra oficina.\n- Archivo y facturas.',
    );
    expect(p.title).toBe('Auxiliar administrativo');
    expect(p.locations).toEqual(['Sevilla']);
  });

  it('keeps an underscore before words that are no place', () => {
    expect(posting('Técnico _ turno de noche\n\nBuscamos técnico.').title).toBe(
      'Técnico _ turno de noche',
    );
  });
});

describe('a form’s "área e especialização profissional" is no postgraduate course', () => {
  it('reads no degree from the field label', () => {
    const text =
      'Auxiliar de Limpeza\n\n- Área e especialização profissional: Serviços Gerais\n- Local de trabalho: Campinas, SP';
    expect(education(text)).toBeUndefined();
  });

  it('still reads a specialisation course asked for', () => {
    const text = 'Coordenador Pedagógico\n\nRequisitos\n- Especialização em gestão escolar.';
    expect(education(text)).toMatchObject({ level: 'master' });
  });
});

describe('a careers page’s own title names the employer', () => {
  it.each([
    ['Careers | Northwind - Making travel simple', 'Northwind'],
    ['Lavora con noi | Officine Rossi', 'Officine Rossi'],
    ['Vacatures | Bakkerij de Graaf', 'Bakkerij de Graaf'],
    ['Karriere | Holzbau Egger - Wir bauen mit Herz', 'Holzbau Egger'],
  ])('%s', (head, company) => {
    const text = `${head}\nLagermitarbeiter (m/w/d)\n\nIhre Aufgaben\n- Waren annehmen.\n- Bestellungen packen.`;
    expect(posting(text).company).toBe(company);
  });

  it('takes no sentence for a name', () => {
    const text =
      'Careers | we are always hiring good people who love code\nData Engineer\n\n- Build pipelines.';
    expect(posting(text).company).toBeNull();
  });
});

describe('an export’s home-office flag offers home office beside the post', () => {
  it.each([
    'Buchhalter (m/w/d)\nMüller Handel GmbH\nhome_office: Homeoffice\n\nIhre Aufgaben\n- Belege buchen.',
    'Buchhalter (m/w/d)\nMüller Handel GmbH\nArbeitsmodell: Homeoffice\n\nIhre Aufgaben\n- Belege buchen.',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('hybrid');
  });

  it('keeps a fully remote field remote', () => {
    const text =
      'Buchhalter (m/w/d)\nMüller Handel GmbH\nArbeitsmodell: 100% remote\n\nIhre Aufgaben\n- Belege buchen.';
    expect(posting(text).workplace).toBe('remote');
  });
});

describe('an internship done before is no internship offered', () => {
  it.each([
    'Analist\n\nWat wij vragen\n- Minimaal 1 jaar werkervaring, stage-ervaring of vrijwilligerswerk.',
    'Analista\n\nRequisitos\n- Experiencia en prácticas o un primer empleo en finanzas.',
    'Contabile\n\nRequisiti\n- Esperienza di stage in uno studio commerciale.',
    'Assistente financeiro\n\nRequisitos\n- Experiência de estágio na área financeira.',
    'Assistant comptable\n\nProfil\n- Une expérience de stage en cabinet comptable.',
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBeNull();
  });

  it('still reads an internship offered', () => {
    expect(
      posting('Stagiair marketing\n\nWij zoeken een stagiair voor 5 maanden.').employmentType,
    ).toBe('internship');
  });
});

describe('two degrees joined by "and" in one cut compound ask for the higher', () => {
  it.each([
    ['Analist\n\nWat wij vragen\n- Afgeronde bachelor- en masteropleiding in economie.', 'master'],
    [
      'Controller (m/w/d)\n\nDein Profil\n- Abgeschlossenes Bachelor- und Masterstudium in BWL.',
      'master',
    ],
    [
      'Controller (m/w/d)\n\nDein Profil\n- Abgeschlossenes Bachelor- oder Masterstudium in BWL.',
      'bachelor',
    ],
  ])('%s', (text, level) => {
    expect(education(text)).toMatchObject({ level });
  });
});

describe('a student in the last phase of a degree (Dutch)', () => {
  it('reads enrolment as a bachelor', () => {
    const text =
      'Stagiair communicatie\n\nWat wij vragen\n- Je bent in de laatste fase van je studie of net klaar.';
    expect(education(text)).toMatchObject({ level: 'bachelor' });
  });
});

describe('a name that is also a word, alone as a heading, is no tool', () => {
  const skills = (text: string) =>
    read(text)
      .requirements.filter((r) => r.kind === 'skill')
      .map((r) => ('name' in r ? String(r.name) : ''));

  it('reads no skill from "Notes:" over a list', () => {
    const text =
      'Community intern\n\nWhat we ask\n- Good writing in English.\n\nNotes:\n- Students only.';
    expect(skills(text)).not.toContain('Notes');
  });
});

describe('the employer named before what the reader will find there', () => {
  it.each([
    [
      'Promotor\n\nEn Inmobiliaria Sol encontrarás una empresa sólida.\n\nPerfil:\n- Ventas.',
      'Inmobiliaria Sol',
    ],
    [
      'Verkoper\n\nBij Bakkerij Jansen vind je een warm team.\n\nWat wij vragen\n- Rijbewijs B.',
      'Bakkerij Jansen',
    ],
    [
      'Vendedor\n\nNa Casa Lima você encontra um ambiente familiar.\n\nRequisitos\n- Ensino médio.',
      'Casa Lima',
    ],
    [
      'Verkäufer (m/w/d)\n\nBei Müller Sport findest du ein tolles Team.\n\nDein Profil\n- Verkauf.',
      'Müller Sport',
    ],
  ])('%s', (text, company) => {
    expect(posting(text).company).toBe(company);
  });

  it('takes no country for the employer', () => {
    const text =
      'Promotor\n\nEn España encontrarás muchas ofertas de empleo.\n\nPerfil:\n- Ventas.';
    expect(posting(text).company).toBeNull();
  });
});

describe('tools and trades met on unseen postings, in their own words', () => {
  const names = (text: string) =>
    read(text)
      .requirements.filter((r) => r.kind === 'skill')
      .map((r) => ('name' in r ? String(r.name) : ''));

  it('reads telephony over IP and a task board (de)', () => {
    const found = names(
      'Support (m/w/d)\n\nDein Profil\n- Kenntnisse in VoIP und SIP.\n- Erfahrung mit MeisterTask.',
    );
    expect(found).toEqual(expect.arrayContaining(['VoIP', 'MeisterTask']));
  });

  it('reads a workshop’s machine tools (es) and drawing reading (pt)', () => {
    expect(names('Tornero\n\nRequisitos\n- Manejo de tornería y fresadora.')).toEqual(
      expect.arrayContaining(['Lathe operation', 'Milling machine']),
    );
    expect(names('Projetista\n\nRequisitos\n- Leitura de desenhos técnicos.')).toContain(
      'Blueprint reading',
    );
  });
});

describe('a sales adviser or promoter named alone is a title', () => {
  it.each([
    [
      'Asesora de ventas\nTienda Luna\n\nBuscamos una asesora para nuestra tienda.',
      'Asesora de ventas',
    ],
    [
      'Promotora de vendas\nLoja Sol\n\nProcuramos uma promotora para o shopping.',
      'Promotora de vendas',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('a town alone on its line in a block of short facts', () => {
  it.each([
    [
      'Koch (m/w/d)\n\nWir suchen Verstärkung für unsere Küche.\nSeit 1990 kochen wir frisch.\nUnser Team ist klein.\nWir lieben regionale Küche.\nDie Gäste kommen gern.\nDas Haus hat 40 Plätze.\nAm Sonntag ist Ruhetag.\nVollzeit / Teilzeit\nAb sofort\nPotsdam\nDeine Aufgaben\n- Kochen.',
      'Potsdam',
    ],
    [
      'Serveur (H/F)\n\nNotre brasserie recrute pour la saison.\nNous servons une cuisine maison.\nLa terrasse compte 60 places.\nLe quartier est animé.\nNos clients sont fidèles.\nLa carte change chaque semaine.\nNous fermons le lundi.\nTemps plein\nLyon\nVos missions\n- Le service en salle.',
      'Lyon',
    ],
  ])('%s', (text, town) => {
    expect(posting(text).locations).toEqual([town]);
  });

  it('reads no town beside a line that is no hours or contract', () => {
    const prose = Array.from(
      { length: 10 },
      (_, n) => `Satz ${n + 1} über unser Haus am See.`,
    ).join('\n');
    const text = `Koch (m/w/d)\n\n${prose}\nPotsdam\nist schön.\nDeine Aufgaben\n- Kochen.`;
    expect(posting(text).locations).toEqual([]);
  });
});
