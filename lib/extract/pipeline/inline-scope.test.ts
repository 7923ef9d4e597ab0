import { describe, expect, it } from 'vitest';
import { splitSentences } from './text';

/** Sections of each line of a record after its header, headings left out. */
function sections(lines: string[]): [string, string | null][] {
  const text = ['Java Developer', 'Acme', '', ...lines].join('\n');
  return splitSentences(text)
    .slice(2)
    .filter((s) => !s.text.endsWith(':'))
    .map((s) => [s.text, s.section]);
}

describe('a line’s own "nice to have" ends with the line when the next field starts', () => {
  it.each([
    ['Good to have: Kafka, Docker', 'Education: B.E/B.Tech'],
    ['Von Vorteil: SAP-Kenntnisse', 'Ausbildung: kaufmännisch'],
    ['Souhaité : anglais courant', 'Formation : Bac+2'],
    ['Deseable: inglés avanzado', 'Estudios: técnico en logística'],
    ['Gradito: conoscenza di SAP', 'Titolo di studio: diploma'],
    ['Desejável: inglês avançado', 'Escolaridade: ensino médio'],
    ['Pluspunten: kennis van SAP', 'Opleiding: mbo-4'],
  ])('%s / %s', (plus, next) => {
    expect(sections(['Requirements:', '- Java and SQL', plus, next])).toEqual([
      ['Java and SQL', 'required'],
      [plus, 'preferred'],
      [next, 'required'],
    ]);
  });

  it('keeps the section for the items that follow on lines of their own', () => {
    expect(sections(['Nice to have: one of', '- Kafka', '- RabbitMQ'])).toEqual([
      ['Nice to have: one of', 'preferred'],
      ['Kafka', 'preferred'],
      ['RabbitMQ', 'preferred'],
    ]);
  });

  it('keeps a heading of its own line over its fields', () => {
    expect(sections(['Nice to have:', 'Cloud: AWS or GCP', 'Tools: Terraform'])).toEqual([
      ['Cloud: AWS or GCP', 'preferred'],
      ['Tools: Terraform', 'preferred'],
    ]);
  });
});
