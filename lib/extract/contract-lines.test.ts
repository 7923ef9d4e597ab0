import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * A record's duration line, a label then a stated time or two dates, makes the job fixed-term:
 * "Duration: 12 months", "Dauer: 01.04.2025 bis 30.09.2025". Sentences in our own words.
 */
const typeOf = (line: string) =>
  extract({
    text: [
      'Data Analyst',
      'Northwind Traders',
      '',
      line,
      '',
      'You will build reports for the team.',
    ].join('\n'),
  }).posting.employmentType;

describe('a duration line under the title', () => {
  it.each([
    ['Duration 1 Year'],
    ['Duration - 9 months, possibly longer'],
    ['Contract length: 18 months'],
    ['- 📅 Dauer: 01.04.2025 bis 30.09.2025'],
    ['Laufzeit: 24 Monate'],
    ['Durée : 6 mois'],
    ['Duración: 8 meses'],
    ['Durata: 12 mesi'],
    ['Duração: 6 meses'],
    ['Looptijd: 12 maanden'],
  ])('"%s" is a temporary job', (line) => {
    expect(typeOf(line)).toBe('temporary');
  });

  it.each([
    ['Probation duration: 6 months'],
    ['Duration of the training: 3 months'],
    ['Dauer der Einarbeitung: 3 Monate'],
    ['Duración: indefinida'],
    ['Training duration 2 weeks'],
  ])('"%s" names no fixed term', (line) => {
    expect(typeOf(line)).toBeNull();
  });
});

/**
 * A contract word closing the title in brackets or after a dash names a contractor's job; at the
 * title's head it names a trade about contracts ("Contract Manager").
 */
const titled = (title: string) =>
  extract({
    text: [title, 'Northwind Traders', 'Leeds', '', 'You will look after our key accounts.'].join(
      '\n',
    ),
  }).posting.employmentType;

describe('a contract word closing the title', () => {
  it.each([
    ['Assistant Store Manager (Contract)'],
    ['Java Developer - Contract'],
    ['Data Engineer [Contractor]'],
    ['Développeur PHP - Freelance'],
    ['Entwickler (m/w/d) - auf Honorarbasis'],
    ['Diseñador gráfico (autónomo)'],
    ['Sviluppatore Java (partita IVA)'],
    ['Ontwerper - ZZP'],
  ])('"%s" is a contract job', (title) => {
    expect(titled(title)).toBe('contract');
  });

  it.each([['Contract Manager'], ['Contracts Administrator - Legal'], ['Contract Specialist']])(
    '"%s" names a trade, no contract',
    (title) => {
      expect(titled(title)).toBeNull();
    },
  );
});
