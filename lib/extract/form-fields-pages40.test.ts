import { describe, expect, it } from 'vitest';
import { extract } from './index';

const types = (text: string) => extract({ text }).posting.employmentTypes;
const places = (text: string) => extract({ text }).posting.locations;

describe('a field label that names the choices, its value the answer', () => {
  it.each([
    [
      'Park Ranger\nCountry Parks Service\nFull or Part Time: Part Time\nHours of Work: 20 hours per week\nYou look after the trails.',
      ['part_time'],
    ],
    [
      'Park Ranger\nCountry Parks Service\nFull or Part Time: Full Time\nPermanent/Temporary: Permanent\nYou look after the trails.',
      ['full_time'],
    ],
    [
      'Gärtner (m/w/d)\nStadtgrün Nord\nVoll-/Teilzeit: Vollzeit\nDu pflegst unsere Parks.',
      ['full_time'],
    ],
    [
      'Jardinier\nEspaces Verts du Lac\nTemps plein ou partiel : Temps partiel\nVous entretenez nos parcs.',
      ['part_time'],
    ],
  ])('%j', (text, expected) => {
    expect(types(text)).toEqual(expected);
  });

  it('still reads both when the value itself offers both', () => {
    expect(
      types(
        'Park Ranger\nCountry Parks Service\nJob type: Full or part time\nYou look after the trails.',
      ),
    ).toEqual(['full_time', 'part_time']);
  });
});

describe('part-time telework is a work model, not part-time hours', () => {
  it('reads no part-time job from a part-time telework agreement', () => {
    const x = extract({
      text: 'Program Officer\nFederal Health Branch\nThe work is done at the regional office. A part-time telework agreement may be discussed at the time of hiring.\nYou will manage grants.',
    });
    expect(x.posting.employmentTypes).not.toContain('part_time');
    expect(x.posting.workplace).toBe('hybrid');
  });

  it('does so in French too', () => {
    const x = extract({
      text: 'Agent de programme\nDirection régionale de la santé\nLe poste est au bureau régional, avec du télétravail à temps partiel possible.\nVous gérez des subventions.',
    });
    expect(x.posting.employmentTypes).not.toContain('part_time');
  });

  it('still reads a part-time job', () => {
    expect(
      types(
        'Program Officer\nFederal Health Branch\nThis is a part-time position of 20 hours per week.\nYou will manage grants.',
      ),
    ).toContain('part_time');
  });
});

describe("a form's place field: its label above, its coded value below", () => {
  it('reads the town closing a region code and its abbreviation', () => {
    expect(
      places(
        'Court Clerk, Provincial Court - CLK0042\nEmployment Type: Permanent Full-time\n\nLocation(s)\n\n:  SK-Sktn-Saskatoon\n\nMinistry\n\n: 004 Courts\nYou will keep the court record.',
      ),
    ).toEqual(['Saskatoon']);
  });

  it('reads a plural label in brackets beside its value', () => {
    expect(
      places('Lagerist (m/w/d)\nNordlicht Logistik\nStandort(e): Bremen\nDeine Aufgaben'),
    ).toEqual(['Bremen']);
    expect(
      places('Warehouse Operative\nHarbour Freight Ltd\nLocation(s): Leeds\nThe role'),
    ).toEqual(['Leeds']);
  });

  it('keeps a hyphenated town that no region code opens', () => {
    expect(places('Barista\nRiverside Coffee\nLocation: Stratford-upon-Avon\nThe role')).toEqual([
      'Stratford-upon-Avon',
    ]);
  });
});

describe("a page's place field with the work model in brackets after the place", () => {
  it.each([
    ['USA (Remote)', 'USA'],
    ['Leeds, UK (Hybrid)', 'Leeds, UK'],
    ['Köln (Homeoffice)', 'Köln'],
  ])('%s → %s', (location, place) => {
    const x = extract({ text: 'Engineer\nWe build tools.', meta: { location } });
    expect(x.posting.locations[0]).toBe(place);
  });

  it('keeps the place a remote job is open in', () => {
    const x = extract({ text: 'Engineer\nWe build tools.', meta: { location: 'Remote (Canada)' } });
    expect(x.posting.locations[0]).not.toBe('Remote');
  });
});

describe("a page's place field written as an ATS place code", () => {
  it.each([
    ['US-TX-Lubbock', 'Lubbock'],
    ['CA-ON-Toronto', 'Toronto'],
  ])('%s → %s', (location, place) => {
    const x = extract({ text: 'Engineer\nWe build tools.', meta: { location } });
    expect(x.posting.locations[0]).toBe(place);
  });
});

describe("a page's share menu and a note above the posting's header", () => {
  const text = [
    '• Email',
    '• Facebook',
    '• LinkedIn®',
    '• X',
    '',
    'No link on this page is an endorsement of any of the products or services named.',
    '',
    'Share this page',
    '',
    'Grants Officer',
    '',
    'Reference number: ABC-0042',
    'Regional Health Office - Community Programs',
    'Halifax (Nova Scotia)',
    'PM-02',
    '',
    'You will review grant applications for community health programs.',
  ].join('\n');

  it('reads the record under the title, past the menu and the note', () => {
    expect(extract({ text, meta: { title: 'Grants Officer' } }).posting.locations).toEqual([
      'Halifax',
    ]);
  });

  it('keeps a header line naming a network when no bullet marks a menu', () => {
    const x = extract({
      text: 'Staff Engineer\nLinkedIn\nSunnyvale, CA\n\nYou will build the feed.',
    });
    expect(x.posting.company).toBe('LinkedIn');
  });

  it('keeps a title ending with a full stop', () => {
    const x = extract({
      text: 'Vendedor de Tienda, Centro Comercial Las Arenas.\nModas Atlántico SL\nLas Palmas de Gran Canaria\n\n¿Te gusta la moda? Únete a nuestro equipo de tienda.',
    });
    expect(x.posting.locations).toEqual(['Las Palmas de Gran Canaria']);
  });
});
