import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Extraction } from '../schema';
import { extract } from './index';

/**
 * Postings written for this project in the styles real job sites produce (Amazon and Google
 * qualification blocks, Lever and Greenhouse sections, Indeed one-liners and its "Experience:"
 * block, LinkedIn copies without bullets, French/German/Spanish/Italian/Dutch/Portuguese
 * headings), each labelled by hand before the engine read it.
 */

const dir = join(__dirname, 'fixtures', 'quality-a');

const Labels = z.object({
  experience: z.array(
    z.object({
      minYears: z.number().nullable(),
      maxYears: z.number().nullable(),
      field: z.string().nullable(),
      required: z.boolean(),
    }),
  ),
  languages: z.array(
    z.object({ language: z.string(), level: z.string().nullable(), required: z.boolean() }),
  ),
  education: z.array(
    z.object({ level: z.string(), required: z.boolean(), equivalentAccepted: z.boolean() }),
  ),
});
type Labels = z.infer<typeof Labels>;

const req = (required: boolean) => (required ? 'required' : 'preferred');

/** Each item as one comparable line; the field compares case-insensitively, as eval does. */
function keysOf(x: Labels) {
  return {
    experience: x.experience
      .map((e) => `${e.minYears}-${e.maxYears} ${(e.field ?? '').toLowerCase()} ${req(e.required)}`)
      .sort(),
    languages: x.languages.map((l) => `${l.language} ${l.level} ${req(l.required)}`).sort(),
    education: x.education
      .map((e) => `${e.level} ${req(e.required)}${e.equivalentAccepted ? ' or equivalent' : ''}`)
      .sort(),
  };
}

function labelsOf(x: Extraction): Labels {
  const experience: Labels['experience'] = [];
  const languages: Labels['languages'] = [];
  const education: Labels['education'] = [];
  for (const r of x.requirements) {
    if (r.kind === 'experience') experience.push(r);
    else if (r.kind === 'language') languages.push(r);
    else if (r.kind === 'education') education.push(r);
  }
  return { experience, languages, education };
}

const names = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('quality-a fixtures: experience, languages and education as an annotator reads them', () => {
  it('has a labelled set of varied postings', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
  });

  it.each(names)('%s', (name) => {
    const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
    const expected = Labels.parse(
      JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')),
    );
    expect(keysOf(labelsOf(extract({ text })))).toEqual(keysOf(expected));
  });
});
