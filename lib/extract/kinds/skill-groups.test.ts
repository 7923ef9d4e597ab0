import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../lexicon/build';
import type { Sentence } from '../types';
import { alternativeGroups } from './skill-groups';
import { extractSkills } from './skills';

const sentence = (text: string): Sentence => ({
  text,
  start: 0,
  end: text.length,
  heading: null,
  section: null,
});

/** The sentence's names, alternatives joined by " | ", separate requirements by " + ". */
function shape(text: string): string {
  const found = extractSkills(sentence(text)).flatMap((f) =>
    f.kind === 'skill' || f.kind === 'certification' ? [f] : [],
  );
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    if (f.anyOf === undefined) parts.push(f.name);
    else if (!seen.has(f.anyOf)) {
      seen.add(f.anyOf);
      parts.push(
        found
          .filter((g) => g.anyOf === f.anyOf)
          .map((g) => g.name)
          .join(' | '),
      );
    }
  }
  return parts.join(' + ');
}

describe('alternatives share a group (anyOf)', () => {
  it.each([
    ['Hands-on with Salesforce or HubSpot', 'Salesforce | HubSpot'],
    ['Production code in Python/Scala', 'Python | Scala'],
    [
      'Cloud experience (AWS, GCP or Azure)',
      'Amazon Web Services | Google Cloud Platform | Microsoft Azure',
    ],
    [
      'Deep knowledge of at least one of GCP, AWS, Azure',
      'Google Cloud Platform | Amazon Web Services | Microsoft Azure',
    ],
    ['Erfahrung mit Java oder Kotlin', 'Java | Kotlin'],
    ['Maîtrise de Jira ou Asana', 'JIRA | Asana'],
    ['Conocimientos de Tableau o Power BI', 'Tableau | Power BI'],
    ['Conoscenza di Docker e/o Kubernetes', 'Docker | Kubernetes'],
    ['Experiência com Java ou Kotlin', 'Java | Kotlin'],
    ['Ervaring met Tableau of Power BI', 'Tableau | Power BI'],
  ])('%s', (text, expected) => {
    expect(shape(text)).toBe(expected);
  });

  it('keeps names joined by "and" or by commas alone apart', () => {
    expect(shape('Strong SQL and Python, plus Docker, Kubernetes, Terraform')).toBe(
      'SQL + Python + Docker + Kubernetes + Terraform',
    );
    expect(shape('Kenntnisse in Excel und PowerPoint')).toBe('Excel + PowerPoint');
  });

  it('cuts "A or B, C or D" into two groups and ends a group at the next comma', () => {
    expect(shape('Java or Kotlin, Docker or Podman')).toBe('Java | Kotlin + Docker | Podman');
    expect(shape('Python or Go, Terraform and Ansible')).toBe('Python | Go + Terraform + Ansible');
  });

  it('reads a list ending in "or" as one group of every member', () => {
    expect(shape('Familiarity with Jenkins, CircleCI, or GitHub Actions')).toBe(
      'Jenkins | CircleCI | GitHub Actions',
    );
  });

  it('gives each group its own id within a sentence', () => {
    const found = extractSkills(sentence('Java or Kotlin; Postgres or MySQL'));
    const ids = new Set(found.map((f) => (f.kind === 'skill' ? f.anyOf : null)));
    expect(ids.size).toBe(2);
  });
});

describe('"one of" before a comma list, in every lexicon', () => {
  // The sentence-wide look for these words runs before the bounded pattern on each lead-in:
  // every word, in any case and after any text, must still make the list one group.
  const spans = (text: string) =>
    ['Python', 'Java', 'Kotlin'].map((name) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length };
    });
  const words = LEXICONS.flatMap((l) => l.skills.oneOf);

  it.each(words)('%s', (word) => {
    for (const lead of [word, word.toUpperCase(), `Wir nutzen ${word}`, `(${word}`]) {
      const text = `${lead} Python, Java, Kotlin`;
      expect(alternativeGroups(text, spans(text)), text).toEqual([0, 0, 0]);
    }
    const bare = 'Python, Java, Kotlin';
    expect(alternativeGroups(bare, spans(bare))).toEqual([undefined, undefined, undefined]);
  });
});
