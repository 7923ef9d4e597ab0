import { describe, expect, it } from 'vitest';
import { Extraction, FitInput, Requirement } from './extraction';

const evidence = { text: 'Java or Kotlin, and k8s.', start: 0, end: 24 };

describe('skill requirements: mention, anyOf, inDuties', () => {
  it('parses a skill stored before these fields existed', () => {
    const old = { kind: 'skill', name: 'Kubernetes', required: true, evidence };
    expect(Requirement.parse(old)).toEqual(old);
  });

  it('keeps the posting’s words, the group and the duty flag through a stored row', () => {
    const row = {
      kind: 'skill',
      name: 'Kubernetes',
      mention: { text: 'k8s', start: 20, end: 23 },
      anyOf: '0.1',
      inDuties: true,
      required: true,
      evidence,
    };
    expect(Requirement.parse(JSON.parse(JSON.stringify(row)))).toEqual(row);
    const licence = { ...row, kind: 'license', name: 'Driving licence (B)' };
    expect(Requirement.parse(licence)).toEqual(licence);
  });

  it('keeps mention and anyOf in the compact form fit and lists read', () => {
    const extraction = Extraction.parse({
      posting: {
        title: null,
        company: null,
        locations: [],
        workplace: null,
        employmentType: null,
        salary: null,
        relocation: null,
        visaSponsorship: null,
        lang: 'en',
      },
      requirements: [
        {
          kind: 'skill',
          name: 'Java',
          anyOf: 'g',
          mention: { text: 'Java', start: 0, end: 4 },
          required: true,
          evidence,
        },
      ],
    });
    const compact = FitInput.parse(extraction).requirements[0];
    expect(compact).toEqual({
      kind: 'skill',
      name: 'Java',
      anyOf: 'g',
      mention: { text: 'Java', start: 0, end: 4 },
      required: true,
    });
  });

  it('rejects an empty group id', () => {
    expect(() =>
      Requirement.parse({ kind: 'skill', name: 'Go', anyOf: '', required: true, evidence }),
    ).toThrow();
  });
});
