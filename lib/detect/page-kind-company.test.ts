import { describe, expect, it } from 'vitest';
import { asStored } from './brand';
import { detect } from './index';
import { fixture } from './test-helpers';

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

describe("a careers site's section heading is no job title", () => {
  const title = (heading: string) =>
    asStored({
      url: 'https://jobs-northwind.icims.com/jobs/77/job',
      title: heading,
      company: 'Northwind',
      location: null,
      text: 'Line Cook\nJob ID: 77',
    }).title;

  it.each(['Careers', 'Jobs', 'Current openings', 'Karriere', 'Job Details'])('%s → none', (h) => {
    expect(title(h)).toBeNull();
  });

  it('keeps a title that holds such a word', () => {
    expect(title('Careers Advisor')).toBe('Careers Advisor');
    expect(title('Jobs Coach (part-time)')).toBe('Jobs Coach (part-time)');
  });
});

describe('an iCIMS site on a jobs- subdomain', () => {
  it('keys the posting and names the employer by the tenant, as on careers-', () => {
    const c = detect(
      fixture('icims-frame.html'),
      'https://jobs-desertsun.icims.com/jobs/48213/registered-nurse---icu-%28nights%29/job?in_iframe=1',
    );
    expect(c?.jobKey).toBe('icims:desertsun:48213');
  });
});
