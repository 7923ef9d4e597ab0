import { describe, expect, it } from 'vitest';
import { extract } from './index';

const posting = (text: string) => extract({ text }).posting;

describe('employment type: form questions, either schedule, Portuguese contractor words', () => {
  it("a board form's yes/no question names no type", () => {
    const text = [
      'New Role',
      '### Company Name',
      'Kelpie Robotics',
      '### Job Title',
      'Firmware Engineer',
      '### Is this internship currently accepting applications?',
      'Yes',
    ].join('\n\n');
    expect(posting(text).employmentType).toBeNull();
    expect(posting('Stagiaire marketing\nEst-ce un stage rémunéré ?\nOui').employmentType).toBe(
      'internship',
    );
  });

  it('full time or part time, as a choice, is no one type (the list keeps both)', () => {
    const en = posting('Library Assistant\nFull-time or part-time\nWe lend books.');
    expect(en.employmentType).toBeNull();
    expect(en.employmentTypes).toEqual(['full_time', 'part_time']);
    expect(posting('Commis de salle\nTemps plein/temps partiel\nRésumé').employmentType).toBeNull();
    expect(posting('Kassierer (m/w/d)\nTeilzeit, 20 Stunden pro Woche').employmentType).toBe(
      'part_time',
    );
  });

  it('a contractor contract in Portuguese: "Contratação: PJ", "a recibos verdes"', () => {
    expect(posting('Analista de Dados\nLocal: Recife\nContratação: PJ').employmentType).toBe(
      'contract',
    );
    expect(posting('Programador Java\nLisboa\nRegime: recibos verdes').employmentType).toBe(
      'contract',
    );
    expect(
      posting('Analista de Dados\nRegime de contratação: PJ ou CLT').employmentType,
    ).toBeNull();
  });
});

describe('visa sponsorship as a form answer', () => {
  it('"Offers Sponsorship" is offered, "Does Not Offer Sponsorship" not, the question alone nothing', () => {
    const form = (answer: string) =>
      posting(
        `### Job Title\n\nData Engineer\n\n### Does this job offer sponsorship?\n\n${answer}`,
      );
    expect(form('Offers Sponsorship').visaSponsorship).toBe('offered');
    expect(form('Does Not Offer Sponsorship').visaSponsorship).toBe('not_offered');
    expect(form('Other').visaSponsorship).toBeNull();
  });
});

describe('salary lines', () => {
  it('a limit word and a currency code open the line under a pay heading', () => {
    expect(
      posting('QA Lead\n\nSalary Expectation\n\nUp to USD 3,100\n\nRequirements').salary,
    ).toEqual({
      min: null,
      max: 3100,
      currency: 'USD',
      period: null,
    });
    expect(posting('Analista\n\nSalário\n\nAté R$ 6.500 por mês').salary).toEqual({
      min: null,
      max: 6500,
      currency: 'BRL',
      period: 'month',
    });
  });

  it('"Euro" before each figure, and "up until" between them', () => {
    expect(posting('Android Developer\nEuro 2.100 - Euro 2.600 net per month').salary).toEqual({
      min: 2100,
      max: 2600,
      currency: 'EUR',
      period: 'month',
    });
    expect(
      posting('Backend Developer\nSalary: EUR 2.200,00 up until EUR 3.900,00 per month').salary,
    ).toEqual({ min: 2200, max: 3900, currency: 'EUR', period: 'month' });
    expect(posting('Sviluppatore\nRetribuzione: euro 1.700 netti al mese').salary?.currency).toBe(
      'EUR',
    );
  });
});
