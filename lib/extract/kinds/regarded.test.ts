import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** A qualification the employer "regards highly" is preferred, in each language's words. */
function requiredOf(line: string): boolean[] {
  const text = ['Client Services Officer', 'Harbourside Legal', '', 'About you', `- ${line}`].join(
    '\n',
  );
  return extract({ text }).requirements.map((r) => r.required);
}

describe('highly regarded', () => {
  it.each([
    'Certificate IV in Legal Services (highly regarded)',
    'A Certificate III in Business will be highly regarded',
    'Experience with Xero is well regarded',
    'A forklift licence will be viewed favourably',
    'Erfahrung mit SAP wird gern gesehen',
    'La maîtrise de SAP serait appréciée',
    'Se valorará experiencia con SAP',
  ])('%s', (line) => {
    const flags = requiredOf(line);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => !f)).toBe(true);
  });
});
