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

describe("a title's tail split off as the employer, where the job's slug holds both", () => {
  const stored = (url: string, title: string, company: string) =>
    asStored({
      url,
      title,
      company,
      location: null,
      text: 'At Northwind you plan the field data work for our survey crews.',
    });
  const slug = 'https://northwind.wd3.myworkdayjobs.com/en-US/Ext/job/Leeds/';

  it('joins the tail back to the title and names the tenant the text writes', () => {
    expect(
      stored(`${slug}Lead-Planner---Field-Data_R1234`, 'Lead Planner', 'Field Data'),
    ).toMatchObject({ title: 'Lead Planner - Field Data', company: 'Northwind' });
  });

  it('leaves a split the slug does not hold, or one naming the tenant', () => {
    expect(stored(`${slug}Lead-Planner_R1234`, 'Lead Planner', 'Field Data')).toMatchObject({
      title: 'Lead Planner',
      company: 'Field Data',
    });
    expect(
      stored(`${slug}Lead-Planner---Northwind-Ltd_R1234`, 'Lead Planner', 'Northwind Ltd'),
    ).toMatchObject({ title: 'Lead Planner', company: 'Northwind Ltd' });
  });
});
