import { describe, expect, it } from 'vitest';
import { cleanField, splitGlued } from './field';

describe('splitGlued', () => {
  it('splits words glued together when punctuation was stripped', () => {
    expect(splitGlued('marketingadvertisingdigital')).toEqual([
      'marketing',
      'advertising',
      'digital',
    ]);
    expect(splitGlued('salesmarketingoperations')).toEqual(['sales', 'marketing', 'operations']);
  });

  it('leaves real words and two-word compounds alone', () => {
    expect(splitGlued('accountmanager')).toBeNull();
    expect(splitGlued('marketing')).toBeNull();
    expect(splitGlued('Softwareentwicklung')).toBeNull();
    expect(splitGlued('xqzvbnmlkjhgf')).toBeNull();
  });
});

describe('cleanField', () => {
  it.each([
    [
      'a senior customer support role, preferably in online support',
      'senior customer support role',
    ],
    ['the Java ecosystem (Spring, Hibernate)', 'Java ecosystem'],
    ['la vente. Anglais courant', 'vente'],
    ['der Softwareentwicklung', 'Softwareentwicklung'],
    ['marketingadvertisingdigital, with specific acumen', 'marketing, advertising, digital'],
    ['B2B sales is required', 'B2B sales'],
    ['a', null],
    ['analytics, data science or a related field', 'analytics, data science or a related field'],
    ['data engineering, building batch and streaming pipelines', 'data engineering'],
    ['product management, ideally on payments or billing', 'product management'],
    ['B2B marketplaces is a big plus', 'B2B marketplaces'],
    ['Krippenarbeit ist wünschenswert', 'Krippenarbeit'],
    ['PostgreSQL at scale', 'PostgreSQL'],
    ['C# and .NET', 'C# and .NET'],
    [
      'trust and safety, content policy, or a related field',
      'trust and safety, content policy, or a related field',
    ],
    ['retail, and you love people', 'retail'],
    ['Node.js. Then more', 'Node.js'],
    ['atención al cliente valorable', 'atención al cliente'],
    ['médecine est appréciée', 'médecine'],
    ['managing paid social budgets above $1M/year', 'managing paid social budgets'],
    ['similar position at a B2B company', 'similar position'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanField(raw)).toBe(expected);
  });
});

describe('cleanField: a preference cue closing the item is no part of its field', () => {
  it.each([
    ['sub arc welding advantageous.', 'sub arc welding'],
    ['payroll desirable', 'payroll'],
    ['the hotel industry will be an added advantage.', 'hotel industry'],
    ['clinical research beneficial', 'clinical research'],
    ['saldatura preferibile', 'saldatura'],
    ['loonadministratie gewenst', 'loonadministratie'],
    ['gestion de paie appréciée.', 'gestion de paie'],
    ['Lohnbuchhaltung von Vorteil', 'Lohnbuchhaltung'],
  ])('%s → %s', (raw, field) => {
    expect(cleanField(raw)).toBe(field);
  });

  it.each(['desired state configuration', 'optional modules of SAP'])(
    'a cue word inside the field stays: %s',
    (raw) => {
      expect(cleanField(raw)).toBe(raw);
    },
  );
});
