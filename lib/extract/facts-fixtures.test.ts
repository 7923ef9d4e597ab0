import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmploymentType, Offered, Salary, Workplace } from '../schema';
import { extractEmploymentTypes } from './kinds/employment';
import {
  extractRelocation,
  extractVisaSponsorship,
  extractWorkAuthorization,
} from './kinds/relocation';
import { extractSalary } from './kinds/salary';
import { extractSchedule } from './kinds/schedule';
import { extractSkills } from './kinds/skills';
import { extractTravel } from './kinds/travel';
import { extractWorkplace } from './kinds/workplace';
import { normalize } from './pipeline/normalize';
import { splitSentences } from './pipeline/text';

/** What each fixture posting (written for this project) says, read by a person. */
interface Expected {
  workplace: Workplace | null;
  /** Every employment type stated, in the contract's order. */
  employment: EmploymentType[];
  salary: Salary | null;
  relocation: Offered | null;
  visa: Offered | null;
  skills: string[];
  travel?: number | null;
  schedule?: string[];
  authorization?: string | null;
}

const eur = (min: number, max: number, period: Salary['period']): Salary => ({
  min,
  max,
  currency: 'EUR',
  period,
});

const FIXTURES: Record<string, Expected> = {
  'en-backend-engineer-berlin': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(75000, 92000, 'year'),
    relocation: 'offered',
    visa: 'offered',
    skills: ['Go', 'Kubernetes', 'PostgreSQL', 'Kafka', 'Prometheus', 'Grafana', 'Scrum', 'Java'],
    schedule: ['on_call'],
  },
  'en-customer-support-lead-austin': {
    workplace: 'onsite',
    employment: ['full_time'],
    salary: { min: 68000, max: 82000, currency: 'USD', period: 'year' },
    relocation: 'not_offered',
    visa: 'not_offered',
    skills: ['Zendesk', 'JIRA', 'Freshdesk', 'Google Workspace', 'Slack'],
    schedule: ['weekend'],
    authorization: 'US',
  },
  'en-data-analyst-london': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: { min: 42000, max: 48000, currency: 'GBP', period: 'year' },
    relocation: null,
    visa: 'not_offered',
    skills: ['SQL', 'BigQuery', 'Excel', 'Python', 'R', 'Tableau', 'Power BI', 'A/B testing'],
    authorization: 'GB',
  },
  'en-registered-nurse-night': {
    workplace: null,
    employment: ['full_time'],
    salary: { min: 38.5, max: 52, currency: 'USD', period: 'hour' },
    relocation: 'offered',
    visa: null,
    skills: ['BLS', 'ACLS'],
    schedule: ['night', 'shift', 'on_call', 'weekend'],
  },
  'en-product-designer-remote': {
    workplace: 'remote',
    employment: ['contract'],
    salary: eur(60000, 75000, 'year'),
    relocation: null,
    visa: null,
    skills: ['Figma', 'React', 'TypeScript', 'HTML', 'CSS'],
    travel: undefined,
  },
  'en-account-executive-nyc': {
    workplace: 'hybrid',
    employment: [],
    salary: { min: 180000, max: 220000, currency: 'USD', period: 'year' },
    relocation: null,
    visa: 'not_offered',
    skills: ['Salesforce'],
    travel: 25,
  },
  'en-devops-contract-toronto': {
    workplace: 'remote',
    employment: ['contract'],
    salary: { min: 95, max: 110, currency: 'CAD', period: 'hour' },
    relocation: null,
    visa: null,
    skills: ['Microsoft Azure', 'Terraform', '.NET', 'Docker', 'PowerShell', 'Bash', 'Linux'],
    schedule: ['irregular_hours'],
    authorization: 'CA',
  },
  'en-marketing-manager-dublin': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: null,
    relocation: 'not_offered',
    visa: null,
    skills: ['SEO', 'SEM', 'HubSpot', 'Google Ads', 'Google Analytics', 'Excel'],
    travel: 20,
  },
  'fr-developpeur-fullstack-lyon': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(42000, 50000, 'year'),
    relocation: null,
    visa: null,
    skills: ['React', 'Node.js', 'Scrum', 'TypeScript', 'PostgreSQL', 'Docker', 'GitLab'],
    travel: null,
  },
  'fr-comptable-alternance-paris': {
    workplace: 'onsite',
    employment: ['apprenticeship'],
    salary: null,
    relocation: null,
    visa: null,
    skills: ['Excel'],
  },
  'fr-ingenieur-support-astreintes': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(38000, 46000, 'year'),
    relocation: null,
    visa: null,
    skills: ['Linux', 'VMware', 'ITIL'],
    schedule: ['on_call', 'irregular_hours'],
  },
  'de-softwareentwickler-muenchen': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(65000, 78000, 'year'),
    relocation: 'offered',
    visa: null,
    skills: ['Java', 'Spring Boot', 'Hibernate', 'Jenkins', 'Docker', 'Kubernetes', 'Scrum'],
    travel: 10,
  },
  'de-werkstudent-marketing-hamburg': {
    workplace: 'hybrid',
    employment: ['part_time'],
    salary: eur(16, 16, 'hour'),
    relocation: null,
    visa: null,
    skills: ['Google Ads', 'Google Analytics', 'Shopify', 'Excel', 'Google Sheets', 'SEO'],
  },
  'de-pflegefachkraft-schicht': {
    workplace: null,
    employment: ['full_time', 'part_time'],
    salary: null,
    relocation: null,
    visa: null,
    skills: [],
    schedule: ['night', 'shift', 'weekend'],
  },
  'es-analista-datos-madrid': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(38000, 44000, 'year'),
    relocation: null,
    visa: null,
    skills: ['Power BI', 'SQL', 'Snowflake', 'Python'],
  },
  'es-tecnico-mantenimiento-turnos': {
    workplace: 'onsite',
    employment: ['temporary'],
    salary: eur(2100, 2100, 'month'),
    relocation: null,
    visa: null,
    skills: ['Siemens TIA Portal'],
    schedule: ['shift', 'weekend'],
  },
  'it-sviluppatore-backend-milano': {
    workplace: 'hybrid',
    employment: [],
    salary: eur(40000, 48000, 'year'),
    relocation: null,
    visa: null,
    skills: ['Python', 'Django', 'FastAPI', 'PostgreSQL', 'Redis', 'Docker'],
  },
  'it-stage-marketing-roma': {
    workplace: 'onsite',
    employment: ['internship'],
    salary: eur(800, 800, 'month'),
    relocation: null,
    visa: null,
    skills: ['Canva', 'Photoshop', 'Microsoft Office'],
  },
  'nl-projectmanager-utrecht': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: eur(5200, 6800, 'month'),
    relocation: null,
    visa: null,
    skills: ['Microsoft Project', 'Excel', 'PRINCE2'],
  },
  'pt-engenheiro-dados-lisboa': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: null,
    relocation: null,
    visa: null,
    skills: ['Databricks', 'Spark', 'Microsoft Azure', 'Python', 'SQL', 'PySpark'],
  },
  'en-fr-bilingual-sales-montreal': {
    workplace: 'hybrid',
    employment: ['full_time'],
    salary: { min: 50000, max: 58000, currency: 'CAD', period: 'year' },
    relocation: null,
    visa: null,
    skills: ['Salesforce', 'Excel', 'Outlook'],
  },
};

const dir = join(import.meta.dirname, 'fixtures');

describe.each(Object.entries(FIXTURES))('fixture %s', (name, expected) => {
  const sentences = splitSentences(normalize(readFileSync(join(dir, `${name}.txt`), 'utf8')).text);
  const found = sentences.flatMap((s) => [
    ...extractSkills(s),
    ...extractTravel(s),
    ...extractSchedule(s),
    ...extractWorkAuthorization(s),
  ]);
  const names = new Set(found.flatMap((f) => ('name' in f ? [f.name] : [])));

  it('posting facts', () => {
    expect({
      workplace: extractWorkplace(sentences, null),
      employment: extractEmploymentTypes(sentences, null),
      salary: extractSalary(sentences, null),
      relocation: extractRelocation(sentences, null),
      visa: extractVisaSponsorship(sentences, null),
    }).toEqual({
      workplace: expected.workplace,
      employment: expected.employment,
      salary: expected.salary,
      relocation: expected.relocation,
      visa: expected.visa,
    });
  });

  it('skills and certifications', () => {
    for (const skill of expected.skills) expect(names).toContain(skill);
    if (expected.skills.length === 0) expect(names.size).toBe(0);
  });

  it('travel, schedule, work authorization', () => {
    const travel = found.find((f) => f.kind === 'travel');
    if (expected.travel === undefined) expect(travel).toBeUndefined();
    else expect(travel).toMatchObject({ percent: expected.travel });
    const schedules = new Set(found.flatMap((f) => (f.kind === 'schedule' ? [f.schedule] : [])));
    expect(schedules).toEqual(new Set(expected.schedule ?? []));
    const auth = found.find((f) => f.kind === 'work_authorization');
    if (expected.authorization === undefined) expect(auth).toBeUndefined();
    else expect(auth).toMatchObject({ country: expected.authorization });
  });
});
