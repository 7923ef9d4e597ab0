import { describe, expect, it } from 'vitest';
import { companySubject } from './company-subject';

describe('companySubject: the employer opening a sentence on what it does', () => {
  it.each([
    [
      'Data Analyst\n\nBrightwell takes a practical approach to home energy.\n\nYou will build reports.',
      'Brightwell',
    ],
    [
      'Data Analyst\n\nNorthgate specialises in freight software for ports.\n\nYou will build reports.',
      'Northgate',
    ],
    [
      'Data Analyst\n\nLumenly connects small farms with local buyers.\n\nYou will build reports.',
      'Lumenly',
    ],
  ])('%s', (text, name) => {
    expect(companySubject(text)).toBe(name);
  });
});
