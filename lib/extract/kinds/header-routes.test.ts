import { describe, expect, it } from 'vitest';
import { headerFacts } from '../../testing/header-facts';
import { placesOf } from './place-line';

const facts = headerFacts;

describe('place lines boards write as routes, department suffixes and postcodes', () => {
  it.each([
    // A board's route from the town up to the country.
    ['Ñuñoa, Santiago, Región Metropolitana de Santiago, Chile', ['Ñuñoa']],
    ['Puerto Varas, Llanquihue, Los Lagos, Chile', ['Puerto Varas']],
    ['Iquique, Iquique, Tarapacá, Chile', ['Iquique']],
    // Two routes side by side.
    ['Temuco, Cautín, Araucanía, Chile; Talca, Talca, Maule, Chile', ['Temuco', 'Talca']],
    // Towns only, ending with their country, stay a list.
    ['Berlin, Hamburg, München, Germany', ['Berlin', 'Hamburg', 'München']],
  ])('%s', (line, want) => {
    expect(placesOf(line, false)).toEqual(want);
  });

  it.each([
    ['Niort - 79', ['Niort']],
    ['Saint-Brieuc - 22', ['Saint-Brieuc']],
    ['44300 Nantes', ['Nantes']],
    ['69007 Lyon', ['Lyon']],
  ])('on the header place line: %s', (line, want) => {
    expect(placesOf(line, true)).toEqual(want);
  });

  it('reads title, employer and town over a department-suffixed place', () => {
    expect(
      facts(
        'Technicien méthodes F/H\nAtelier Baudry\nChâtellerault - 86\nsalary: A partir de 30 k€ brut annuel\n\nNous fabriquons des pièces.',
      ),
    ).toEqual({
      title: 'Technicien méthodes F/H',
      company: 'Atelier Baudry',
      locations: ['Châtellerault'],
    });
  });

  it('reads the title over a route line, with no employer named', () => {
    expect(
      facts(
        'Bodeguero turno noche\nMaipú, Santiago, Región Metropolitana de Santiago, Chile\n\nEmpresa del rubro retail requiere bodegueros.',
      ),
    ).toEqual({ title: 'Bodeguero turno noche', company: null, locations: ['Maipú'] });
  });

  it('reads a postcode-led town on the place line', () => {
    expect(
      facts('Cariste H/F\nTransports Morel\n59000 Roubaix\n\nPoste en 2x8.').locations,
    ).toEqual(['Roubaix']);
  });
});
