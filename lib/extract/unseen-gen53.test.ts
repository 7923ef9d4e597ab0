import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Classes met on unseen English postings (board records saved in notes, Adzuna records, careers
 * pages, small employers' ads). Sentences are written for these tests, in several languages.
 */
const posting = (text: string) => extract({ text }).posting;

describe('an advertiser line led by "from" under the title, then the town and the posting date', () => {
  it.each([
    [
      '## Backend Engineer\n\nfrom Kiwi Freight Systems\n\nWellington 3 Mar 2021\n\nYou will build our routing services.',
      'Kiwi Freight Systems',
      'Wellington',
    ],
    [
      'Data Analyst\nfrom Harbour Analytics Ltd\nAuckland, Jan 14, 2020\n\nWe need someone who loves numbers.',
      'Harbour Analytics Ltd',
      'Auckland',
    ],
    [
      'Lagerist (m/w/d)\nvon Nordlicht Logistik GmbH\nHamburg 12 Okt 2022\n\nSie kommissionieren Ware im Lager.',
      'Nordlicht Logistik GmbH',
      'Hamburg',
    ],
    [
      'Magazijnmedewerker\nvan Polder Transport BV\nUtrecht 5 mrt 2023\n\nJe laadt en lost vrachtwagens.',
      'Polder Transport BV',
      'Utrecht',
    ],
  ])('%s', (text, company, town) => {
    const p = posting(text);
    expect(p.company).toBe(company);
    expect(p.locations).toEqual([town]);
  });

  it('keeps a title naming a date, and reads no place from it', () => {
    const p = posting(
      'Java Developer - Fixed Term till 31st July 2019\n\nfrom Kiwi Freight Systems\n\nWe build software.',
    );
    expect(p.title).toBe('Java Developer - Fixed Term till 31st July 2019');
    expect(p.locations).toEqual([]);
  });

  it('reads no advertiser from a sentence that opens with "From"', () => {
    const p = posting(
      'Store Manager\nFrom Monday to Friday you lead a team of six.\nWe sell garden tools.',
    );
    expect(p.company).not.toBe('Monday to Friday you lead a team of six.');
  });

  it('takes no unknown word before a date as a place', () => {
    expect(
      posting('Chef\nfrom Kiwi Kitchens Ltd\nPosted 3 Mar 2021\n\nCook for 80.').locations,
    ).toEqual([]);
  });
});

describe('a careers page heading over the title', () => {
  it.each([
    [
      'Current Opening\nSubject Matter Experts\n4 Positions to fill\n\nLocation - Pune, INDIA',
      'Subject Matter Experts',
    ],
    [
      'Karriere\nLagerhelfer (m/w/d)\nStandort: Bremen\n\nWir suchen Verstärkung.',
      'Lagerhelfer (m/w/d)',
    ],
    [
      'Join our team\nDelivery Driver\nLocation: Leeds\n\nYou will drive our vans.',
      'Delivery Driver',
    ],
  ])('%s', (text, title) => {
    expect(posting(text).title).toBe(title);
  });
});

describe('the address applications are sent to', () => {
  it('names the firm with its legal form, and its town with the state code', () => {
    const p = posting(
      'Warehouse Supervisor\nPlan shifts and check deliveries.\n\n12 months of experience; Send Resume to Ana Ruiz, Owner, Sunport Supply LLC, 900 Bay St, Tampa, FL, 33602.',
    );
    expect(p.company).toBe('Sunport Supply LLC');
    expect(p.locations).toEqual(['Tampa, FL']);
  });

  it('reads the Spanish and German forms too', () => {
    expect(
      posting(
        'Encargado de almacén\nOrganizar el stock.\n\nEnviar CV a Recursos Humanos, Almacenes Sol S.L., Calle Mayor 3.',
      ).company,
    ).toBe('Almacenes Sol S.L.');
    expect(
      posting(
        'Lagerleiter (m/w/d)\nSie planen die Schichten.\n\nBewerbung an Frau Weber, Nordstern Handel GmbH, Hafenstraße 4.',
      ).company,
    ).toBe('Nordstern Handel GmbH');
  });

  it('takes no firm without a legal form and no town without its state', () => {
    const p = posting(
      'Cashier\nServe customers at the till.\n\nSend your resume to Maria at the front desk, Main Street.',
    );
    expect(p.company).toBeNull();
    expect(p.locations).toEqual([]);
  });
});

describe("a board's suburb over its council area or city", () => {
  it.each([
    [
      'Retail Assistant\nThe Corner Store\nNorth Perth, Vincent Area\n\nServe customers.',
      'North Perth',
    ],
    ['Barista\nBean There\nPerth CBD, Perth\n\nMake coffee all day.', 'Perth'],
    ['Cleaner\nSparkle Co\nCraigieburn, Hume Area\n\nClean offices.', 'Craigieburn'],
  ])('%s', (text, place) => {
    expect(posting(text).locations).toEqual([place]);
  });
});
