import { describe, expect, it } from 'vitest';
import { careerSiteBrand } from './brand';

describe('careerSiteBrand', () => {
  it.each([
    ['Acme Robotics Careers', 'Acme Robotics'],
    ['Careers at Acme Robotics', 'Acme Robotics'],
    ['Karriere bei Hafenlicht', 'Hafenlicht'],
    ['Carrières chez Maison Verdier', 'Maison Verdier'],
    ['Trabaja con Solara', 'Solara'],
    ['Northwind - Jobs', 'Northwind'],
    ['Werken bij Polder Zorg', 'Polder Zorg'],
  ])('%s → %s', (name, brand) => {
    expect(careerSiteBrand(name)).toBe(brand);
  });

  it('keeps a name that is only the word, or has no career word', () => {
    expect(careerSiteBrand('Careers')).toBe('Careers');
    expect(careerSiteBrand('Jobvite Partners')).toBe('Jobvite Partners');
    expect(careerSiteBrand('Job Corps')).toBe('Job Corps');
  });
});
