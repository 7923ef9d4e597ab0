import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
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
