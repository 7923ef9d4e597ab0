import { describe, expect, it } from 'vitest';
import type { Requirement } from '@/lib/schema';
import { describeRequirement } from './requirementLabel';

const evidence = { text: 'x', start: 0, end: 1 };
const required = true;

describe('describeRequirement', () => {
  it.each<[Requirement, string]>([
    [
      {
        kind: 'experience',
        minYears: 5,
        maxYears: null,
        field: 'marketing, advertising, digital',
        required,
        evidence,
      },
      '5+ years · marketing, advertising, digital',
    ],
    [
      { kind: 'experience', minYears: 3, maxYears: 5, field: null, required, evidence },
      '3–5 years',
    ],
    [
      {
        kind: 'experience',
        minYears: 1,
        maxYears: null,
        field: 'Kundenservice',
        required,
        evidence,
      },
      '1+ year · Kundenservice',
    ],
    [
      {
        kind: 'experience',
        minYears: null,
        maxYears: null,
        field: 'B2B sales',
        required,
        evidence,
      },
      'Experience · B2B sales',
    ],
    [
      { kind: 'language', language: 'fr', level: 'fluent', cefr: null, required, evidence },
      'French · fluent',
    ],
    [
      { kind: 'language', language: 'de', level: null, cefr: 'B2', required, evidence },
      'German · B2',
    ],
    [
      {
        kind: 'language',
        language: 'de',
        level: 'fluent',
        native: true,
        cefr: null,
        required,
        evidence,
      },
      'German · native',
    ],
    [
      {
        kind: 'education',
        level: 'bachelor',
        field: null,
        equivalentAccepted: true,
        required,
        evidence,
      },
      "Bachelor's · or equivalent",
    ],
    [
      {
        kind: 'education',
        level: 'master',
        field: 'computer science',
        equivalentAccepted: false,
        required,
        evidence,
      },
      "Master's · computer science",
    ],
    [{ kind: 'skill', name: 'Tableau', required, evidence }, 'Tableau'],
    [
      {
        kind: 'certification',
        name: 'AWS Certified',
        mention: { text: 'AWS certification', start: 3, end: 20 },
        required,
        evidence,
      },
      'AWS Certified',
    ],
    [
      {
        kind: 'certification',
        name: 'PMP',
        mention: { text: 'PMP-Zertifizierung', start: 0, end: 18 },
        required,
        evidence,
      },
      'PMP',
    ],
    [
      {
        kind: 'certification',
        name: 'Certified Kubernetes Administrator',
        mention: { text: 'CKA', start: 0, end: 3 },
        required,
        evidence,
      },
      'CKA · Certified Kubernetes Administrator',
    ],
    [{ kind: 'travel', percent: 25, required, evidence }, 'Up to 25% travel'],
    [{ kind: 'travel', percent: null, required, evidence }, 'Travel'],
    [{ kind: 'schedule', schedule: 'on_call', required, evidence }, 'On-call'],
    [
      { kind: 'work_authorization', country: 'ES', required, evidence },
      'Authorized to work in Spain',
    ],
    [{ kind: 'work_authorization', country: null, required, evidence }, 'Authorized to work'],
  ])('%#: %j reads "%s"', (req, expected) => {
    expect(describeRequirement(req)).toBe(expected);
  });
});
