import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * What stands under a record's title when it is no employer: a region alone, a village the
 * address below confirms, a requirement sentence that opens like a company's. Sentences written
 * for the test, shaped like board records in several languages.
 */

const facts = (text: string) => {
  const { company, locations } = extract({ text }).posting;
  return { company, locations };
};

describe('a region alone under the title', () => {
  it('is the place when no town is named anywhere', () => {
    const nl =
      'Timmerman onderhoud\nNoord-Brabant\nFulltime · 38 uur\n\nWat ga je doen?\n' +
      '- Je herstelt kozijnen en deuren bij woningen.\n- Je werkt in een klein team.';
    expect(facts(nl)).toEqual({ company: null, locations: ['Noord-Brabant'] });
    const it =
      'Magazziniere\nLombardia\nTempo pieno\n\nAttività\n- Carico e scarico merci.\n' +
      '- Gestione delle scorte.';
    expect(facts(it)).toEqual({ company: null, locations: ['Lombardia'] });
  });

  it('is read under the employer’s line too', () => {
    const pt =
      'Assistente Financeiro\nNorteval Serviços\nPortugal\nRemoto\n\nResponsabilidades\n' +
      '- Conciliações bancárias.\n- Apoio ao fecho mensal.';
    expect(facts(pt)).toEqual({ company: 'Norteval Serviços', locations: ['Portugal'] });
  });

  it('is no work-model line that names no place', () => {
    const en =
      'Vision Engineer\nBrightloop Labs\nRemote, Any, Worldwide\n\nRequirements\n- Python and OpenCV.';
    expect(facts(en).locations).toEqual([]);
  });

  it('gives way to a campus the record names further down', () => {
    const en =
      'Research Officer\nWestgate University\nAustralia\n\n$98,000 pa plus super\n\n' +
      'Geelong campus\n\nAbout the role\n- Run surveys.';
    expect(facts(en).locations).toEqual(['Geelong']);
  });

  it('gives way to a town the text names', () => {
    const en =
      'Warehouse Operative\nQueensland\nFull time\n\nAbout the role\n' +
      'You will be based in Brisbane, working day shifts in our distribution centre.';
    expect(facts(en).locations).toEqual(['Brisbane']);
  });
});

describe('a village under the title that the address confirms', () => {
  it('reads the line as the place, not the employer, when a postcode precedes it below', () => {
    const de =
      'Koch / Köchin 80%\nOberwil-Lieli\nPensum: 80 %\nAnstellung: unbefristet\n\n' +
      'Arbeitsort:\nGasthaus zur Linde\nDorfstrasse 5\nCH-8966 Oberwil-Lieli\n\n' +
      'Wir freuen uns auf Ihre Bewerbung.';
    expect(facts(de)).toEqual({ company: null, locations: ['Oberwil-Lieli'] });
  });

  it('keeps a name the address does not give as a place for the employer', () => {
    const de =
      'Koch / Köchin 80%\nLindenhof\nPensum: 80 %\nAnstellung: unbefristet\n\n' +
      'Arbeitsort:\nDorfstrasse 5\nCH-8966 Oberwil-Lieli\n\nDer Lindenhof freut sich auf Sie.';
    expect(facts(de).company).toBe('Lindenhof');
  });
});

describe('a requirement sentence is no company introducing itself', () => {
  it('leaves "X is a plus" and "X is not needed" alone, in several languages', () => {
    const nl =
      'Schilder\nZuid-Holland\n\nWat vraag je mee?\nRijbewijs B is een pré.\n' +
      'Ervaring is niet nodig, wij leiden je op.';
    expect(facts(nl).company).toBeNull();
    const en = 'Sales Assistant\n\nWhat we look for\nFrench is a plus for our Québec clients.';
    expect(facts(en).company).toBeNull();
    const de = 'Verkäufer\n\nDein Profil\nStaplerschein ist von Vorteil, aber kein Muss.';
    expect(facts(de).company).toBeNull();
  });

  it('still reads a company that introduces itself so', () => {
    const en = 'Sales Assistant\n\nAbout us\nBrightwave is a family-run retailer of garden tools.';
    expect(facts(en).company).toBe('Brightwave');
  });
});

describe('a plural written with an apostrophe in Dutch', () => {
  it('is no possessive naming the employer', () => {
    const nl =
      'Schilder\n\nWij werken voor VvE’s en corporaties. Grote VvE’s vragen vakwerk. ' +
      'Ook kleine VvE’s zijn klant, net als scholen.\n\nWat vraag je mee?\n- Een diploma schilderen.';
    expect(facts(nl).company).toBeNull();
  });

  it('is a possessive in English', () => {
    const en =
      'Support Engineer\n\nOur app Connect is Lumora’s leading product. Lumora’s customers rely on it. ' +
      'You will work with Lumora’s platform team every day.\n\nRequirements\n- Two years in support.';
    expect(facts(en).company).toBe('Lumora');
  });
});

describe('a town in a sentence, its work model in brackets', () => {
  it('reads the town after "in", "en", "à" as the place', () => {
    const es =
      'Analista de Datos\n\nAndina Retail busca un/a Analista de Datos en Medellín (Híbrido) para su equipo.\n\n' +
      'Requisitos\n- SQL avanzado.';
    expect(facts(es).locations).toEqual(['Medellín']);
    const en =
      'Data Analyst\n\nWe are growing our analytics team in Manchester (Hybrid) this spring.\n\n' +
      'Requirements\n- Strong SQL.';
    expect(facts(en).locations).toEqual(['Manchester']);
  });

  it('leaves a name that is no known town alone', () => {
    const en =
      'Data Analyst\n\nYou will work in Finance Operations (Hybrid) with three analysts.\n\n' +
      'Requirements\n- Strong SQL.';
    expect(facts(en).locations).toEqual([]);
  });
});
