import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Places, contract words, work options, languages and employers in Italian, Portuguese, Dutch,
 * Spanish, French and English postings; sentences written for the test.
 */

const facts = (text: string) => extract({ text }).posting;
const languages = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.level, r.required]] : [],
  );
const education = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'education' ? [[r.level, r.equivalentAccepted]] : [],
  );

describe('a town the closing line or an area word names', () => {
  it.each([
    [
      'Recepcionista\n\nAtender clientes no balcão.\nEnsino médio completo.\n\nVaga em Sorocaba',
      'Sorocaba',
    ],
    ['Motorista\n\nPossuir CNH categoria D.\n\nVagas em Londrina', 'Londrina'],
    ['Heftruckchauffeur\nomgeving Apeldoorn\n\nJe rijdt met een reachtruck.', 'Apeldoorn'],
    ['Operaio\nzona Brescia\n\nCerchiamo un operaio per la linea.', 'Brescia'],
  ])('%j', (text, town) => {
    expect(facts(text).locations).toEqual([town]);
  });

  it('a Brazilian street address under the title gives its town, not an employer', () => {
    const text =
      'Caixa\nRua Sete de Setembro, 410 - Centro, Londrina - PR\n\nOperar o caixa da loja.';
    expect(facts(text)).toMatchObject({ company: null, locations: ['Londrina'] });
  });

  it('"Sede operativa:" with its province code gives the town', () => {
    const text =
      'Manutentore\nOfficine Rossi\n\n**Sede operativa:** Pinerolo (TO)\n\nCerchiamo un tecnico.';
    expect(facts(text).locations).toEqual(['Pinerolo']);
  });
});

describe('a label line is no place, its value below is', () => {
  it('"Regio" over the areas, a slash between them', () => {
    const text =
      'Installateur\nWarmte Techniek\nRegio\nUtrecht/Noord-Holland\n\nJe plaatst warmtepompen.';
    expect(facts(text).locations).toEqual(['Utrecht/Noord-Holland']);
  });

  it('a section heading under the employer is not its town', () => {
    const text = 'Timmerman\nBouwbedrijf Jansen\nProfiel\nJe hebt ervaring met kozijnen.';
    expect(facts(text).locations).toEqual([]);
  });

  it('a page opening with "Dienstverband" and its value names no title or employer', () => {
    const text = 'Dienstverband\nLoondienst of ZZP\n\nWij zoeken ervaren stukadoors.';
    expect(facts(text)).toMatchObject({ title: null, company: null });
  });
});

describe('contract words', () => {
  it.each([
    ['Commessa\nNegozio Verdi\n\nTipo di contratto: full-time CTD di 6 mesi.', 'temporary'],
    ['Cameriere\nBar Centrale\n\nContratto in sostituzione malattia, tempo pieno.', 'temporary'],
    ['Inpakker\nVoedsel BV\n\nContract: tijdelijk met uitzicht op vast, 38 uur.', 'temporary'],
  ])('%j', (text, type) => {
    expect(facts(text).employmentType).toBe(type);
  });
});

describe('the option to work from home is a hybrid arrangement', () => {
  it.each([
    'Contabile\nStudio Neri\n\nOffriamo la possibilità di lavoro da remoto due volte al mese.',
    'Analista\nEmpresa Y\n\nOferecemos possibilidade de trabalho remoto.',
    'Administratief medewerker\nKantoor Z\n\nWe bieden de mogelijkheid tot werken op afstand (remote).',
    'Comptable\nCabinet Lenoir\n\nVous aurez la possibilité de travailler à distance.',
    'Support agent\nAcme Ltd\n\nYou get the option to work remote on Fridays.',
  ])('%j', (text) => {
    expect(facts(text).workplace).toBe('hybrid');
  });
});

describe('languages: bilingualism is fluency, an optional language is preferred', () => {
  it('Italian "bilinguismo"', () => {
    const text = 'Segretaria\nHotel Alpi\n\nProfilo:\n- Bilinguismo in italiano e tedesco';
    expect(languages(text)).toEqual([
      ['it', 'fluent', true],
      ['de', 'fluent', true],
    ]);
  });

  it('Dutch "eventueel Frans"', () => {
    const text =
      'Chauffeur\nTransport Peeters\n\nProfiel\nJe spreekt vlot Nederlands (eventueel Frans)';
    expect(languages(text)).toEqual([
      ['nl', 'fluent', true],
      ['fr', null, false],
    ]);
  });
});

describe('education levels', () => {
  it('"Laurea di II livello" is a master', () => {
    const text = 'Sviluppatore\nAcme\n\nRequisiti:\n- Laurea di II livello in Fisica';
    expect(education(text)).toEqual([['master', false]]);
  });

  it('"Laurea di I o II livello" accepts a bachelor', () => {
    const text = 'Sviluppatore\nAcme\n\nRequisiti:\n- Laurea di I o II livello in Informatica';
    expect(education(text)).toEqual([['bachelor', false]]);
  });

  it('"MBO werk- en denk niveau" accepts the equivalent', () => {
    const text = 'Magazijnmedewerker\nGroothandel Bos\n\nJij hebt een MBO werk- en denk niveau.';
    expect(education(text)).toEqual([['vocational', true]]);
  });
});

describe('pay and its period', () => {
  it('a daily voucher after the monthly pay keeps the pay monthly', () => {
    const text =
      'Recepcionista\n\n- Salário: R$ 2.100,00 + vale refeição R$ 25,00 por dia trabalhado.';
    expect(facts(text).salary).toEqual({ min: 2100, max: 2100, currency: 'BRL', period: 'month' });
  });
});

describe('employers', () => {
  it('"Nome da Empresa:" among the closing details', () => {
    const text = [
      'Repositor',
      '',
      'Repor as gôndolas da loja.',
      '',
      '- Regime: CLT',
      '- Nome da Empresa: MERCADO BOM PREÇO',
    ].join('\n');
    expect(facts(text).company).toBe('MERCADO BOM PREÇO');
  });

  it('"… em <town> contrata" names the town, not an employer', () => {
    const text =
      'Auxiliar de Escritório\n\nEmpresa de Médio Porte em Londrina contrata:\n\nAuxiliar.';
    expect(facts(text)).toMatchObject({ company: null, locations: ['Londrina'] });
  });

  it('"Werken bij X" in the intro and X signing the text', () => {
    const text = [
      'Vacatures',
      'Werken bij Bakkerij Van Dam betekent vroeg opstaan in een warm team.',
      'Wij zoeken een bakker.',
      'Bakkerij Van Dam',
    ].join('\n');
    expect(facts(text).company).toBe('Bakkerij Van Dam');
  });
});

describe('a line announcing the role with its hours', () => {
  it.each([
    [
      'Vacatures\nOns team groeit.\nEEN PARTTIME KASSA MEDEWERKER:\nJe helpt klanten.',
      'KASSA MEDEWERKER',
    ],
    [
      'Jobs\nWe are growing.\nA full-time Warehouse Assistant:\nYou pick orders.',
      'Warehouse Assistant',
    ],
  ])('%j', (text, title) => {
    expect(facts(text).title).toBe(title);
  });

  it('prose ending on a colon is no title', () => {
    const text =
      'Lavora con noi\nSiamo alla ricerca di un magazziniere con queste caratteristiche:\n- patente B';
    expect(facts(text).title ?? '').not.toMatch(/^Siamo/);
  });
});

describe('travel and trades', () => {
  it('Dutch "Bereidheid tot reizen"', () => {
    const text =
      'Servicemonteur\nKoeltechniek BV\n\nEisen:\n- Bereidheid tot reizen (binnen- en buitenland)';
    const travel = extract({ text }).requirements.filter((r) => r.kind === 'travel');
    expect(travel).toHaveLength(1);
  });

  it('a Flemish trade title under the careers heading', () => {
    const text = 'Werken bij Staalbouw Claes\nLasser M/V\nJe hebt ervaring als lasser.';
    expect(facts(text).title).toBe('Lasser M/V');
  });

  it.each([
    ['Je bent in bezit van een VCA-certificaat.', 'VCA'],
    ['Je hebt kennis van H.A.C.C.P.', 'HACCP'],
    ['Gradita esperienza con Unity3D.', 'Unity'],
    ['Conhecimento em pacote office.', 'Microsoft Office'],
  ])('%j', (sentence, name) => {
    const text = `Medewerker\nAcme\n\n${sentence}`;
    const names = extract({ text }).requirements.flatMap((r) => ('name' in r ? [r.name] : []));
    expect(names).toContain(name);
  });
});

describe('agency ads and Italian pay floors', () => {
  it('a labelled "Town - UF" is the town', () => {
    const text =
      'Analista Fiscal\nConsultoria Alfa\n\nLocal: Ribeirão Preto - SP\nSalário: R$ 4.200,00';
    expect(facts(text).locations).toEqual(['Ribeirão Preto']);
  });

  it('the agency keeps the last dot of its dotted legal form', () => {
    const text =
      'Magazziniere\n\nAdecco Italia S.p.A., per azienda cliente del settore alimentare, ricerca un magazziniere.\nSede di lavoro: Lodi (LO)';
    expect(facts(text)).toMatchObject({ company: 'Adecco Italia S.p.A.', locations: ['Lodi'] });
  });

  it.each([
    ['Retribuzione: RAL da 31.000 €.', { min: 31000, max: null }],
    ['RAL da 27.000 a 30.000 euro.', { min: 27000, max: 30000 }],
  ])('%j', (sentence, range) => {
    const text = `Contabile\nStudio Verdi Srl\n\n${sentence}`;
    expect(facts(text).salary).toMatchObject({ ...range, currency: 'EUR', period: 'year' });
  });
});
