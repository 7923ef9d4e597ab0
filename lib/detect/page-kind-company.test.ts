import { describe, expect, it } from 'vitest';
import { asStored } from './brand';

const stored = (company: string) =>
  asStored({
    url: 'https://careers.example.org/jobdetail?job=42',
    title: 'Court Clerk',
    company,
    location: null,
    text: 'Court Clerk\nYou will keep the court record.',
  }).company;

describe("a page's heading for what it shows is no employer", () => {
  it.each([
    'Job Description',
    'Job Details',
    'Job posting',
    'Vacancy details',
    "Offre d'emploi",
    'Stellenbeschreibung',
    'Oferta de empleo',
    'Descrição da vaga',
    'Annuncio di lavoro',
    'Vacature',
  ])('%s → none', (heading) => {
    expect(stored(heading)).toBeNull();
  });

  it('keeps an employer whose name holds such words', () => {
    expect(stored('Job Description Partners Ltd')).toBe('Job Description Partners Ltd');
    expect(stored('Northwind Courts')).toBe('Northwind Courts');
  });
});
