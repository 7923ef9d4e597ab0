import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen non-English postings (German, French, Spanish, Portuguese, Italian and
 * Dutch, mostly care, retail, logistics, hospitality and office work): careers pages kept in
 * repositories, CMS content files and a job board's API records. Sentences are written for these
 * tests.
 */
const read = (text: string) => extract({ text });
const posting = (text: string) => read(text).posting;
const kinds = (text: string, kind: string) =>
  read(text).requirements.filter((r) => r.kind === kind);
const years = (text: string) =>
  kinds(text, 'experience').map((r) => (r.kind === 'experience' ? r.minYears : null));
const language = (text: string, code: string) =>
  kinds(text, 'language').find((r) => r.kind === 'language' && r.language === code);
const skillNames = (text: string) =>
  [...kinds(text, 'skill'), ...kinds(text, 'license'), ...kinds(text, 'certification')].map((r) =>
    'name' in r ? String(r.name) : '',
  );

describe('the first months on the job are no experience asked', () => {
  it.each([
    'Programador\n\nContratação\n- Período de adaptação (experiência) de 3 meses.\n- Salário a combinar.',
    'Dependiente\n\nCondiciones\n- Periodo de adaptación de 2 meses con formación.',
    "Vendeur (h/f)\n\nConditions\n- Période d'adaptation de 3 mois avec un tuteur.",
    'Commesso\n\nCondizioni\n- Periodo di adattamento di 2 mesi in negozio.',
  ])('%s', (text) => {
    expect(years(text)).toEqual([]);
  });

  it('keeps the years asked beside it', () => {
    const text =
      'Analista\n\nRequisitos\n- 2 anos de experiência em suporte.\n\nContratação\n' +
      '- Período de adaptação (experiência) de 3 meses.';
    expect(years(text)).toEqual([2]);
  });
});

describe('a season with its year is no planning tool', () => {
  it.each([
    'Insegnante\n\nIl progetto crescerà: in Primavera 2027 apriremo una seconda casa.',
    'Monitor de tiempo libre\n\nLa temporada empieza en primavera 2026 con nuevos grupos.',
    'Recepcionista\n\nA partir da Primavera 2026 teremos mais hóspedes.',
  ])('%s', (text) => {
    expect(skillNames(text).join(' ')).not.toMatch(/primavera/i);
  });

  it('still reads the tool when a project schedule names it', () => {
    const text =
      'Project Planner\n\nRequirements\n- Experience planning with Primavera P6 and MS Project.';
    expect(skillNames(text).join(' ')).toMatch(/Primavera/);
  });
});

describe('a note turning agencies and freelancers away names no job type', () => {
  it.each([
    'Kundenberater (m/w/d)\nAcme GmbH\nKöln\n\nDu berätst unsere Kunden am Telefon.\n' +
      'Freelancer und Personalagenturen werden gebeten, nicht auf diese Anzeige zu reagieren.',
    'Customer Advisor\nAcme Ltd\nLeeds\n\nYou will advise our customers by phone.\n' +
      'Freelance contractors and agencies are asked not to respond to this advert.',
    'Klantadviseur\nAcme BV\nGent\n\nJe adviseert onze klanten telefonisch.\n' +
      "Acquisitie door zzp'ers of freelancers wordt niet op prijs gesteld.",
    'Asesor comercial\nAcme SL\nMadrid\n\nAsesorarás a nuestros clientes por teléfono.\n' +
      'Abstenerse agencias y autónomos freelance.',
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBeNull();
  });

  it('keeps a freelance job named as such', () => {
    const text =
      'Grafikdesigner (m/w/d)\nAcme GmbH\nKöln\n\nWir suchen einen Freelancer für 3 Monate.';
    expect(posting(text).employmentType).toBe('contract');
  });
});

describe('"a minimum of" a language is a basic command of it', () => {
  it.each([
    ['Serveur (h/f)\n\nProfil :\n- Savoir parler un minimum anglais.', 'en'],
    ["Barman (h/f)\n\nProfil :\n- Un minimum d'espagnol est demandé.", 'es'],
    ['Camarero\n\nRequisitos:\n- Un mínimo de inglés para atender a turistas.', 'en'],
    ['Cameriere\n\nRequisiti:\n- Un minimo di tedesco per i clienti della valle.', 'de'],
  ])('%s', (text, code) => {
    expect(language(text, code)).toMatchObject({ level: 'basic' });
  });
});

describe('the Flemish spelling of a bilingual requirement', () => {
  it('reads "perfect tweetaling EN/FR" as both languages fluent', () => {
    const text =
      'Chauffeur\n\nVoorwaarden\n- Perfect tweetaling EN/FR zijn (Nederlands is een pluspunt)\n- Rijbewijs B';
    expect(language(text, 'en')).toMatchObject({ level: 'fluent', required: true });
    expect(language(text, 'fr')).toMatchObject({ level: 'fluent', required: true });
    expect(language(text, 'nl')).toMatchObject({ required: false });
  });
});

describe('a day of remote work counted as a "journée" or "giornata" is a hybrid week', () => {
  it.each([
    'Comptable (h/f)\nAcme\nLyon\n\nAvantages :\n- 1 journée de télétravail par semaine possible.',
    'Assistante (h/f)\nAcme\nNantes\n\nDeux journées de télétravail par semaine après la période d’intégration.',
    'Impiegata amministrativa\nAcme Srl\nMilano\n\nOffriamo 2 giornate di smart working a settimana.',
  ])('%s', (text) => {
    expect(posting(text).workplace).toBe('hybrid');
  });
});

describe('a floor word after a lone figure leaves the maximum open', () => {
  it.each([
    ['Comptable\nAcme\nLyon\n\nSalaire annuel : 40k€ brut minimum', 40000],
    ['Contable\nAcme SL\nMadrid\n\nSalario: 2.000 € brutos mínimo', 2000],
    ['Monteur\nAcme BV\nGent\n\nSalaris: € 3.000 bruto minimaal', 3000],
    ['Assistente\nAcme Lda\nLisboa\n\nSalário: 1.200 € no mínimo', 1200],
  ])('%s', (text, min) => {
    expect(posting(text).salary).toMatchObject({ min, max: null });
  });

  it('keeps a plain figure as both bounds', () => {
    expect(posting('Comptable\nAcme\nLyon\n\nSalaire annuel : 40k€ brut').salary).toMatchObject({
      min: 40000,
      max: 40000,
    });
  });
});

describe('an adverb of time opening the hiring sentence is no employer', () => {
  it.each([
    'Conductor\n\nSiempre buscamos integrar a nuestro equipo gente dedicada.',
    'Verkäufer (m/w/d)\n\nDerzeit suchen wir Verstärkung für unsere Filiale.',
    'Motorista\n\nSempre contratamos pessoas dedicadas para a nossa frota.',
  ])('%s', (text) => {
    expect(posting(text).company).toBeNull();
  });
});

describe('an emoji before the title is no part of it', () => {
  it.each([
    [
      '🇮🇹 Insegnante di Italiano\n\nStiamo cercando un insegnante per la nostra scuola.',
      'Insegnante di Italiano',
    ],
    ['🧑‍🍳 Cook\n\nWe are looking for a cook for our community kitchen.', 'Cook'],
    [
      '🚀 Data Engineer (m/w/d)\nAcme GmbH\nBerlin\n\nWir suchen Verstärkung.',
      'Data Engineer (m/w/d)',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe("a want-ad headline's own words are no part of the title", () => {
  it.each([
    [
      'Cercasi Insegnante di Italiano per ColivingLiguria\n\nStiamo cercando un insegnante.',
      'Insegnante di Italiano',
    ],
    ['Cook Wanted for Riverside Commons!\n\nWe are looking for a cook.', 'Cook'],
    ['Verkoper gezocht\nAcme BV\nGent\n\nWij zoeken een verkoper.', 'Verkoper'],
    [
      'Procura-se: Auxiliar de Cozinha\n\nProcuramos auxiliar para o nosso restaurante.',
      'Auxiliar de Cozinha',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });

  it('keeps a title that only starts like a want-ad word', () => {
    expect(posting('Hiring Manager\nAcme Ltd\nLondon\n\nWe are hiring.').title).toBe(
      'Hiring Manager',
    );
  });
});

describe('a gender-marked record title may end on an exclamation mark', () => {
  it('keeps "… (m/w/d) … gesucht!" as the title, and the header around it', () => {
    const p = posting(
      'Koch (m/w/d) für unser Hotel in Innsbruck gesucht!\nHotel Adler GmbH\nInnsbruck\n\nWir suchen einen Koch.',
    );
    expect(p.title).toBe('Koch (m/w/d) für unser Hotel in Innsbruck gesucht!');
    expect(p.locations).toEqual(['Innsbruck']);
  });
});

describe('a word inside a web address is no degree', () => {
  it.each([
    'Desenvolvedor\n\nO teste está em https://github.com/acme/vagas/blob/master/TESTE.md',
    'Developer\n\nRead the brief at https://example.org/docs/bachelor-thesis-guidelines.pdf before applying.',
  ])('%s', (text) => {
    expect(kinds(text, 'education')).toEqual([]);
  });

  it('still reads the degree written in the text', () => {
    const text =
      'Desenvolvedor\n\nRequisitos:\n- Mestrado em Informática\n- Teste em https://github.com/acme/x/blob/master/T.md';
    expect(kinds(text, 'education')).toMatchObject([{ level: 'master' }]);
  });
});

describe('a forklift in the 1990 French spelling or the Flemish compound', () => {
  it.each([
    'Livreur\n\nPré-requis\n- Capacité à manier les charriots élévateurs.',
    'Magazijnier\n\nVoorwaarden\n- Je kan met een vorkheftruck rijden.',
  ])('%s', (text) => {
    expect(skillNames(text).join(' ')).toMatch(/Forklift/i);
  });
});

describe('a Flemish section label is no employer', () => {
  it('reads past "Jobomschrijving" under a page label', () => {
    const p = posting(
      'Jobs\nJobomschrijving\nBezorger\nJobomschrijving\nWij zoeken een chauffeur.',
    );
    expect(p.company).not.toBe('Jobomschrijving');
  });
});

describe('two departments joined on the line under the title are no employer', () => {
  it.each([
    'Analista\nVentas & Marketing\nMadrid\n\nBuscamos analista para el equipo comercial.',
    'Administrador/a\nAdministración y Recursos humanos\n\nPreparar informes financieros.',
    'Assistente\nAmministrazione e contabilità\n\nGestione delle fatture.',
  ])('%s', (text) => {
    expect(posting(text).company).toBeNull();
  });
});

describe('a contractor invoicing through a micro-enterprise ("PJ ME", "PJ/MEI")', () => {
  it.each([
    'Desenvolvedor\n\n## Contratação\n\n- PJ ME.\n- Período de experiência de 3 meses.',
    'Designer\n\nContratação:\nPJ/MEI',
  ])('%s', (text) => {
    expect(posting(text).employmentType).toBe('contract');
  });
});

describe('an employer presenting what it offers names itself', () => {
  it.each([
    [
      'Desenvolvedor\n\n## Nossa empresa\n\nO Grupo Horizonte Digital oferece soluções de tecnologia para o varejo.',
      'Grupo Horizonte Digital',
    ],
    [
      'Analista\n\nLa Fundación Aurora ofrece programas de formación a jóvenes.',
      'Fundación Aurora',
    ],
    [
      'Magazziniere\n\nLa Rossi Logistica offre servizi di trasporto in tutta Italia.',
      'Rossi Logistica',
    ],
  ])('%s', (text, name) => {
    expect(posting(text).company).toContain(name);
  });

  it('a candidate offering availability is no employer', () => {
    expect(
      posting('Vendedor\n\nO candidato oferece disponibilidade aos sábados.').company,
    ).toBeNull();
  });
});

describe("a page's label cell for the post, its value on the next line, lower down", () => {
  it.each([
    [
      'Acme Traslados | Movilidad segura\nÚNETE AL EQUIPO\nNos mueve mejorar la ciudad.\nVACANTES\nPuesto\nConductor ejecutivo\nVer descripción\nLOCALIDAD\nCDMX',
      'Conductor ejecutivo',
    ],
    [
      'Carrières\nNous grandissons et recrutons.\nNos offres\nPoste\nMagasinier cariste\nLieu\nNantes',
      'Magasinier cariste',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('a known town and one of its districts under the title', () => {
  it.each([
    ['Erzieher (m/w/d)\nMünchen/Schwabing\n\nDu bist bei uns richtig.', 'München/Schwabing'],
    ['Educador social\nMadrid / Carabanchel\n\nBuscamos educador.', 'Madrid / Carabanchel'],
  ])('%s', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });

  it('still splits two towns', () => {
    expect(
      posting('Erzieher (m/w/d)\nBerlin/Hamburg\n\nDu bist bei uns richtig.').locations,
    ).toEqual(['Berlin', 'Hamburg']);
  });
});
