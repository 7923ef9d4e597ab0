import { describe, expect, it } from 'vitest';
import { skillGaps } from './insights-skills';
import type { FitRequirement } from './schema';

const skill = (name: string, required = true, extra: Partial<FitRequirement> = {}) =>
  ({ kind: 'skill', name, required, ...extra }) as FitRequirement;

describe('skillGaps', () => {
  const postings = [
    // en
    { requirements: [skill('Python'), skill('SQL'), skill('Tableau', false)] },
    // de
    { requirements: [skill('Python'), skill('SAP', false), skill('JavaScript')] },
    // fr: one of two tools, and a tool only named in the duties
    {
      requirements: [
        skill('Salesforce', true, { anyOf: 'crm' }),
        skill('HubSpot', true, { anyOf: 'crm' }),
        skill('Jira', false, { inDuties: true }),
        skill('JS', false),
      ],
    },
    // es: the same skill twice in one posting counts once
    { requirements: [skill('Python', false), skill('python'), skill('Excel')] },
  ];

  it('ranks the skills asked for most that the profile lacks, matched as fit matches them', () => {
    const gaps = skillGaps(postings, { skills: ['SQL', 'HubSpot', 'Excel'] });
    expect(gaps).toEqual([
      { name: 'Python', postings: 3, required: 3 },
      // "JS" and "JavaScript" are one skill through the engine's aliases.
      { name: 'JavaScript', postings: 2, required: 1 },
      { name: 'SAP', postings: 1, required: 0 },
      { name: 'Tableau', postings: 1, required: 0 },
    ]);
  });

  it('reads a profile alias as the skill itself and keeps to the limit', () => {
    const gaps = skillGaps(postings, { skills: ['javascript', 'python'] }, 2);
    expect(gaps.map((g) => g.name)).toEqual(['Excel', 'HubSpot']);
    expect(skillGaps(postings, { skills: ['JS'] }).some((g) => g.name === 'JavaScript')).toBe(
      false,
    );
  });
});
