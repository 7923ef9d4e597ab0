import { describe, expect, it } from 'vitest';
import { labelFacts } from './labels';

describe('labelFacts: a site label is a posting fact, in any UI language', () => {
  it.each([
    [['Full time /', 'Hybrid'], { employmentType: 'full_time', workplace: 'hybrid' }],
    [['Permanent, Full-time'], { employmentType: 'full_time' }],
    [
      ['Feste Anstellung', 'Vollzeit', 'Homeoffice möglich'],
      { employmentType: 'full_time', workplace: 'hybrid' },
    ],
    [['Sur site', 'Temps plein'], { workplace: 'onsite', employmentType: 'full_time' }],
    [['Hybride', 'Stage'], { workplace: 'hybrid', employmentType: 'internship' }],
    [['En remoto', 'Media jornada'], { workplace: 'remote', employmentType: 'part_time' }],
    [['In sede', 'Tempo determinato'], { workplace: 'onsite', employmentType: 'temporary' }],
    [['Op afstand', 'Deeltijd'], { workplace: 'remote', employmentType: 'part_time' }],
    [['Presencial', 'Tempo integral'], { workplace: 'onsite', employmentType: 'full_time' }],
    [['Internships'], { employmentType: 'internship' }],
    [['CDI'], { employmentType: 'full_time' }],
    [['عن بعد', 'دوام كامل'], { workplace: 'remote', employmentType: 'full_time' }],
    [['هجين', 'دوام جزئي'], { workplace: 'hybrid', employmentType: 'part_time' }],
    [['في الموقع', 'تدريب داخلي'], { workplace: 'onsite', employmentType: 'internship' }],
  ])('%j', (labels, facts) => {
    expect(labelFacts(labels)).toEqual(facts);
  });

  it('reads each part of a long chip that holds pay, contract and level', () => {
    expect(
      labelFacts([
        '€55.000/Jahr - €68.000/Jahr (aus der Stellenbeschreibung) · Vollzeit · Berufserfahren',
      ]),
    ).toEqual({ employmentType: 'full_time' });
    expect(labelFacts(['$48/hr - $55/hr (from job description) · Contract · Associate'])).toEqual({
      employmentType: 'contract',
    });
  });

  it('still ignores a long prose sentence with no dots between labels', () => {
    const prose =
      'Our hybrid team meets twice a month and most colleagues work full-time hours · Apply';
    expect(labelFacts([prose])).toBeUndefined();
  });

  it('says nothing when no label names a work model or a contract', () => {
    expect(labelFacts(['Engineering', 'Mid-Senior level'])).toBeUndefined();
    expect(labelFacts([])).toBeUndefined();
  });

  it('does not read prose as a label', () => {
    const prose = 'Our hybrid team meets twice a month and most colleagues work full-time hours.';
    expect(labelFacts([prose])).toBeUndefined();
  });
  it.each([
    ['Remote or Hybrid', 'remote'],
    ['Hybrid/Remote', 'remote'],
    ['Télétravail ou hybride', 'remote'],
    ['Remoto o híbrido', 'remote'],
    ['Vor Ort oder remote', 'remote'],
    ['Onsite or Hybrid', 'hybrid'],
    ['Hybrid', 'hybrid'],
  ])(
    'reads the models one label offers as alternatives as the more flexible: %s',
    (label, model) => {
      expect(labelFacts([label])?.workplace).toBe(model);
    },
  );

  it('keeps hybrid when remote and hybrid stand in separate labels', () => {
    expect(labelFacts(['Hybrid', 'Remote-friendly team'])?.workplace).toBe('hybrid');
  });
});
