import { describe, expect, it } from 'vitest';
import { extract } from '../index';
import { describesEmployer } from './employer-blurb';

const skills = (text: string) =>
  extract({ text })
    .requirements.filter((r) => r.kind === 'skill')
    .map((r) => (r.kind === 'skill' ? r.name : ''));

describe('describesEmployer', () => {
  it('reads a sentence opening with the employer as its subject (en, fr, de, es)', () => {
    expect(describesEmployer('Corvid is the platform for DevSecOps teams.', 'Corvid')).toBe(true);
    expect(describesEmployer('Lumio édite un logiciel de paie en SaaS.', 'Lumio')).toBe(true);
    expect(
      describesEmployer('Nordwind entwickelt eine Plattform für Kubernetes.', 'Nordwind'),
    ).toBe(true);
    expect(
      describesEmployer('Ferrovia desarrolla una plataforma de reservas con SAP.', 'Ferrovia'),
    ).toBe(true);
  });

  it('leaves a sentence that advertises the job, or opens otherwise, alone', () => {
    expect(describesEmployer('Corvid is looking for a Go developer.', 'Corvid')).toBe(false);
    expect(describesEmployer('Lumio recherche un développeur React.', 'Lumio')).toBe(false);
    expect(describesEmployer('Nordwind sucht eine Entwicklerin mit Python.', 'Nordwind')).toBe(
      false,
    );
    expect(describesEmployer('At Corvid you will use Go daily.', 'Corvid')).toBe(false);
    expect(describesEmployer('Corvidae is a bird family.', 'Corvid')).toBe(false);
  });
});

it('drops a tool named only in the employer blurb, and keeps one the requirements ask for', () => {
  const got = skills(
    [
      'Backend Engineer',
      'Corvid',
      'Remote',
      '',
      'Corvid is the orchestration platform for DevSecOps.',
      '',
      'Requirements',
      '- 3 years of Go and PostgreSQL',
    ].join('\n'),
  );
  expect(got).not.toContain('DevSecOps');
  expect(got).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
});

it('keeps a tool of the blurb that the requirements name again', () => {
  const got = skills(
    [
      'Backend Engineer',
      'Corvid',
      'Remote',
      '',
      'Corvid is the orchestration platform for DevSecOps and Kubernetes.',
      '',
      'Requirements',
      '- 3 years of Go and kubernetes',
    ].join('\n'),
  );
  expect(got).not.toContain('DevSecOps');
  expect(got).toEqual(expect.arrayContaining(['Go', 'Kubernetes']));
});

it('reads no blurb without an article after the verb (a tool misread as the employer)', () => {
  expect(describesEmployer('TypeScript is important, and Kotlin helps.', 'TypeScript')).toBe(false);
});
