import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Public-service and board records laid out as "Field: value" lines (a provincial job board's
 * export, a scraped listing): the posting's title field, and one labelled line per site.
 */
const posting = (...lines: string[]) => extract({ text: lines.join('\n') }).posting;

describe('a record whose title stands in its own field', () => {
  it.each([
    [
      ['Branch: Highways & Transport', 'Posting title: Bridge Inspector', 'Posting id: 5521'],
      'Bridge Inspector',
    ],
    [
      ['Service : Voirie', "Titre de l'annonce : Agent d'entretien", 'Référence : 77'],
      "Agent d'entretien",
    ],
    [
      ['Abteilung: Tiefbau', 'Stellentitel: Bauleiter Straßenbau', 'Kennziffer: 12/25'],
      'Bauleiter Straßenbau',
    ],
    [['Área: Obras', 'Título de la oferta: Capataz de obra', 'Código: 88'], 'Capataz de obra'],
  ])('%j', (lines, title) => {
    expect(posting(...lines).title).toBe(title);
  });
});

describe('a record that lists each site on a labelled line of its own', () => {
  it('names every site, past the first lines, and passes over the stand-in for the list', () => {
    const places = posting(
      'Ministry: Justice',
      'Posting title: Youth Worker',
      'Posting id: 4410',
      'Youth Worker',
      'Classification: Social Program Officer',
      'Union: Staff union',
      'Work options: On-Site',
      'Locations: Red Deer, AB T4N 1A1 CA',
      'Locations: Multiple Locations, AB CA (Primary)',
      'Locations: Lethbridge, AB T1J 0A1 CA',
      'Locations: Medicine Hat, AB T1A 2Z5 CA',
      'Salary: $58,000 - $71,000 annually',
      'Job Description',
      'You will support young people in custody.',
    ).locations;
    expect(places.map((p) => p.split(',')[0])).toEqual(['Red Deer', 'Lethbridge', 'Medicine Hat']);
  });

  it('reads a town written with its province code after a space', () => {
    const places = posting(
      'Forest Fire Crew Leader',
      'Divisions: 20 weeks May - September',
      'Locations: Swan River MB',
      'Advertisement number: 301',
    ).locations;
    expect(places).toEqual(['Swan River']);
  });

  it('names every labelled site further down a posting too', () => {
    const places = posting(
      'Warehouse Operative',
      'We move groceries for local shops.',
      'You will pick and pack orders.',
      'You will load vans.',
      'You will keep the yard tidy.',
      'You will check deliveries.',
      'You will follow safety rules.',
      'You will work in a small team.',
      'You will report to the shift lead.',
      'Where you could work',
      'Location: Leeds',
      'Location: Wakefield',
      'Location: Bradford',
      'Apply with your CV.',
    ).locations;
    expect(places).toEqual(['Leeds', 'Wakefield', 'Bradford']);
  });
});

describe('a location label before a dash, the towns slashed beside the work model', () => {
  it.each([
    [
      [
        'Field Technician',
        'Brightline Ltd',
        'Bengaluru, Karnataka, IN',
        '',
        'Job location- Pune / Chennai / Remote',
      ],
      ['Pune', 'Chennai'],
    ],
    [
      [
        'Technicien réseau',
        'Fibra SAS',
        'Paris, Île-de-France, FR',
        '',
        'Lieu de travail – Nantes / Rennes / Télétravail',
      ],
      ['Nantes', 'Rennes'],
    ],
    [
      ['Monteur', 'Kabel GmbH', 'Berlin, Berlin, DE', '', 'Arbeitsort – Köln / Bonn / Homeoffice'],
      ['Köln', 'Bonn'],
    ],
    [
      [
        'Técnico de campo',
        'Redes SL',
        'Madrid, Madrid, ES',
        '',
        'Ubicación - Sevilla / Málaga / Remoto',
      ],
      ['Sevilla', 'Málaga'],
    ],
  ])('%j', (lines, towns) => {
    const places = posting(...lines).locations;
    for (const town of towns) expect(places).toContain(town);
  });

  it('reads no place from a word joined to the label by a dash', () => {
    expect(
      posting('Sales Lead', 'Acme', '', 'Location-based services are our product.').locations,
    ).toEqual([]);
  });
});
