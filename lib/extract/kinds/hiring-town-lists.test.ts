import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { eitherPlace } from './location-value';

const places = (text: string) => extract({ text }).posting.locations;

describe('the towns a hiring sentence lists', () => {
  it.each([
    [
      'Care Assistant\n\nOur group is recruiting care assistants in Leeds, Hull, York and Bradford.',
      ['Leeds', 'Hull', 'York', 'Bradford'],
    ],
    [
      'Infirmier (H/F)\n\nNotre réseau recrute des infirmiers à Lyon, Grenoble et Annecy.',
      ['Lyon', 'Grenoble', 'Annecy'],
    ],
    [
      'Verkäufer (m/w/d)\n\nWir suchen Verkäufer für unsere Filialen in Hamburg, Bremen und Kiel.',
      ['Hamburg', 'Bremen', 'Kiel'],
    ],
    [
      'Camarero\n\nEstamos buscando camareros en Sevilla, Málaga y Granada.',
      ['Sevilla', 'Málaga', 'Granada'],
    ],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('needs a hiring word before the list, and known towns in it', () => {
    expect(
      places('Care Assistant\n\nOur homes welcome guests in Leeds, Hull, York and Bradford.'),
    ).toEqual([]);
    expect(places('Care Assistant\n\nWe are recruiting in Elm, Oak, Ash and Yew.')).toEqual([]);
  });
});

describe('towns joined by bare slashes', () => {
  it.each([
    ['Leeds/Bradford/York', ['Leeds', 'Bradford', 'York']],
    ['Milano/Roma', ['Milano', 'Roma']],
    ['Lyon/ Grenoble', ['Lyon', 'Grenoble']],
  ])('%s', (value, expected) => {
    expect(eitherPlace(value)).toEqual(expected);
  });

  it('a town and its state, or a town and a work model, stay one value', () => {
    expect(eitherPlace('Curitiba/PR')).toEqual(['Curitiba/PR']);
    expect(eitherPlace('Berlin/Remote')).toEqual(['Berlin/Remote']);
  });

  it('reads a labelled value', () => {
    const text = 'Data Analyst\n\nLocation: München/Stuttgart\n\nYou analyse data.';
    expect(places(text)).toEqual(['München', 'Stuttgart']);
  });
});
