import { describe, expect, it } from 'vitest';
import type { Profile } from '../schema';
import { checkNamed, findName, nameKeys } from './skills';
import { req } from './testing';

const skill = (name: string) => req('skill', { name });
const cert = (name: string) => req('certification', { name });

describe('checkNamed', () => {
  const analyst: Profile = {
    skills: ['JS', 'google analytics', 'Microsoft Excel', 'Tableau'],
    certifications: ['Project Management Professional (PMP)'],
  };

  it("meets a posting's name through the alias table, whatever the case", () => {
    expect(checkNamed(skill('JavaScript'), analyst)).toEqual({
      status: 'met',
      reason: 'asks JavaScript; you list JS',
    });
    expect(checkNamed(skill('Excel'), analyst).status).toBe('met');
    expect(checkNamed(skill('Google Analytics'), analyst)).toEqual({
      status: 'met',
      reason: 'asks Google Analytics; you list it',
    });
  });

  it('is unmet for a skill not listed, unknown without skills', () => {
    expect(checkNamed(skill('JIRA'), analyst)).toEqual({
      status: 'unmet',
      reason: 'asks JIRA; not among your skills',
    });
    expect(checkNamed(skill('JIRA'), {}).status).toBe('unknown');
    expect(checkNamed(skill('JIRA'), { skills: [] }).reason).toBe(
      'asks JIRA; your profile lists no skills',
    );
  });

  it('matches a certification by its acronym or its full name', () => {
    expect(checkNamed(cert('PMP'), analyst).status).toBe('met');
    expect(checkNamed(cert('Project Management Professional'), analyst).status).toBe('met');
    expect(checkNamed(cert('CPA'), analyst).status).toBe('unmet');
  });

  it('looks for a licence among licences and certifications', () => {
    const p: Profile = { certifications: ['CPA'], licenses: ["Driver's licence (B)"] };
    expect(checkNamed(req('license', { name: 'CPA' }), p).status).toBe('met');
    expect(checkNamed(req('license', { name: 'B' }), p).status).toBe('met');
    expect(checkNamed(req('license', { name: 'CDL' }), p).status).toBe('unmet');
  });

  it('keeps clearances apart from skills', () => {
    const p: Profile = { skills: ['Secret'] };
    expect(checkNamed(req('clearance', { name: 'Secret' }), p).status).toBe('unknown');
    expect(
      checkNamed(req('clearance', { name: 'Secret' }), { clearances: ['secret'] }).status,
    ).toBe('met');
  });
});

describe('nameKeys / findName', () => {
  it('gives one key per way of writing a name', () => {
    expect(nameKeys('AWS')).toEqual(nameKeys('amazon web services'));
    expect(findName(['Amazon Web Services (AWS)'], 'AWS')).toBe('Amazon Web Services (AWS)');
    expect(findName(['k8s', 'Postgres'], 'Kubernetes')).toBe('k8s');
    expect(findName(['k8s', 'Postgres'], 'PostgreSQL')).toBe('Postgres');
    expect(findName(['Java'], 'JavaScript')).toBeUndefined();
  });
});
