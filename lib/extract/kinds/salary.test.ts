import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../testing/sentences';
import { normalize } from '../pipeline/normalize';
import { splitSentences } from '../pipeline/text';
import { extractSalary } from './salary';

const sentences = sentencesOf;
const fromText = (...texts: string[]) => extractSalary(sentences(...texts), null);
/** A whole posting, split the way the engine splits it (header lines, headings, bullets). */
const read = (...lines: string[]) =>
  extractSalary(splitSentences(normalize(lines.join('\n')).text), null);
const pay = (
  min: number | null,
  max: number | null,
  currency: string | null,
  period: string | null,
) => ({ min, max, currency, period });

describe('extractSalary from text', () => {
  it.each([
    ['Salary €45k-€55k depending on experience', pay(45000, 55000, 'EUR', 'year')],
    ['£18.50/hour, paid weekly', pay(18.5, 18.5, 'GBP', 'hour')],
    ['Ausbildungsvergütung: 1.080 € bis 1.340 € brutto im Monat', pay(1080, 1340, 'EUR', 'month')],
    ["Retribuzione: 13,20 € lordi l'ora, più maggiorazioni", pay(13.2, 13.2, 'EUR', 'hour')],
    [
      'Salário de R$ 4.800,00 a R$ 5.900,00 por mês, conforme experiência',
      pay(4800, 5900, 'BRL', 'month'),
    ],
    ['Inquadramento e RAL 30-50K in base all’esperienza', pay(30000, 50000, 'EUR', 'year')],
    ['Salario: 60.000 € brutos anuales', pay(60000, 60000, 'EUR', 'year')],
    [
      'Een salaris van maximaal € 6.110 bruto per maand (schaal 11)',
      pay(null, 6110, 'EUR', 'month'),
    ],
    [
      'Rémunération : 45 000 € à 55 000 € bruts annuels selon profil',
      pay(45000, 55000, 'EUR', 'year'),
    ],
    ['Gehalt: 50.000 - 60.000 EUR brutto/Jahr', pay(50000, 60000, 'EUR', 'year')],
    ['Salary: CHF 100’000 plus bonus', pay(100000, 100000, 'CHF', 'year')],
    ['USD 80k for a 12-month engagement', pay(80000, 80000, 'USD', 'year')],
    ['Salaire : 3 500 € brut mensuel', pay(3500, 3500, 'EUR', 'month')],
    ['Sueldo de 2.000 a 2.400 euros al mes', pay(2000, 2400, 'EUR', 'month')],
    ['Tagessatz 650 € für Freelancer', pay(650, 650, 'EUR', 'day')],
    ['Salaris tussen € 4.000 en € 5.200 per maand', pay(4000, 5200, 'EUR', 'month')],
    ['Pay rate: CA$32.50 per hour', pay(32.5, 32.5, 'CAD', 'hour')],
  ])('%s', (text, expected) => {
    expect(fromText(text)).toEqual(expected);
  });

  it('reads "up to" as a maximum and "from" as a minimum', () => {
    expect(fromText('Salary up to €70,000 per year')).toEqual(pay(null, 70000, 'EUR', 'year'));
    expect(fromText('Base salary from £95,000 annually')).toEqual(pay(95000, null, 'GBP', 'year'));
  });

  it('prefers a range with a currency to a lone figure elsewhere', () => {
    expect(fromText('We have 2,500 employees worldwide.', 'Salary: €90,000 - €110,000')).toEqual(
      pay(90000, 110000, 'EUR', 'year'),
    );
  });

  it.each([
    'Salary: $X - $Y per year',
    'The pay range for this role is $[min] to $[max].',
    'We hit $5M revenue last year and raised $100 million in Series B.',
    'Our ARR passed $20M',
    '401(k) with company match and a competitive salary',
    'Competitive salary, 401k, dental',
    'A $1,000 learning budget every year',
    'Home office stipend of €500 and a $2,000 relocation bonus',
    'Founded in 2012, we now have 350 employees in 12 countries.',
    'Erfahrung mit 3-5 Projekten pro Jahr',
    'Chiffre d’affaires de 20 millions €',
    'Up to 25% travel',
  ])('no salary in: %s', (text) => {
    expect(fromText(text)).toBeNull();
  });
});

describe('a bare "$" is the dollar of the posting’s country', () => {
  it.each([
    ['Toronto, ON', 'CAD'],
    ['Vancouver, British Columbia, Canada', 'CAD'],
    ['Brisbane QLD', 'AUD'],
    ['Perth, Australia', 'AUD'],
    ['Singapore', 'SGD'],
    ['Denver, CO 80202', 'USD'],
    ['Remote (United States)', 'USD'],
    ['Auckland, New Zealand', 'NZD'],
  ])('located in %s → %s', (place, currency) => {
    expect(read('Field Technician', place, '', 'Pay: $30 - $36 per hour')).toEqual(
      pay(30, 36, currency, 'hour'),
    );
  });

  it('keeps the currency unknown when the country uses no dollar, or is not said', () => {
    expect(read('Data Engineer', 'Glasgow, Scotland, UK', '', 'Up to $55 per hour')).toEqual(
      pay(null, 55, null, 'hour'),
    );
    expect(read('Data Engineer', '', 'Salary: $4,000 - $5,000')).toEqual(
      pay(4000, 5000, null, null),
    );
    expect(read('Remote | Staff Engineer | $150k-$190k + equity')).toEqual(
      pay(150000, 190000, null, 'year'),
    );
  });

  it('reads the country from the text when the header gives none', () => {
    expect(
      read(
        'Boilermaker',
        'Permanent full-time role in our workshop near Brisbane, Queensland.',
        '$76,000 - $85,000 per year + superannuation',
      ),
    ).toEqual(pay(76000, 85000, 'AUD', 'year'));
  });

  it('lets a currency code beside the figures win over the country', () => {
    expect(read('Austin, TX', 'Rate: $85 - $100/hour (CAD)')).toEqual(pay(85, 100, 'CAD', 'hour'));
    expect(read('Seattle, WA', 'Salary range: CAD $120,000 - $140,000')).toEqual(
      pay(120000, 140000, 'CAD', 'year'),
    );
    expect(read('Lead Engineer | Montréal, QC | $126k-$154k USD')).toEqual(
      pay(126000, 154000, 'USD', 'year'),
    );
  });
});

describe('pay periods as postings write them', () => {
  it.each([
    ['London', 'Porter £11.90ph, weekdays', pay(11.9, 11.9, 'GBP', 'hour')],
    ['London', 'Rate: £14 p/h plus holiday pay', pay(14, 14, 'GBP', 'hour')],
    ['Boston, MA', 'Pay starting at $21/hr', pay(21, null, 'USD', 'hour')],
    ['Chicago, IL', 'We pay $25 an hour for weekend shifts', pay(25, 25, 'USD', 'hour')],
    ['Leeds', 'Salary: £2,100 per calendar month', pay(2100, 2100, 'GBP', 'month')],
    [
      'Cork, Ireland',
      'Salary €3,200 monthly, paid on the last Friday',
      pay(3200, 3200, 'EUR', 'month'),
    ],
    ['Lyon', 'Salaire : 2 400 € brut mensuel sur 13 mois', pay(2400, 2400, 'EUR', 'month')],
    ['Madrid', 'Sueldo: 1.800 € brutos por mes', pay(1800, 1800, 'EUR', 'month')],
    ['Berlin', 'Vergütung: 3.900 €/Monat brutto', pay(3900, 3900, 'EUR', 'month')],
    ['Bristol', 'Salary £28,000 per annum pro rata', pay(28000, 28000, 'GBP', 'year')],
    ['Manchester', 'Salary: £32k p.a. + benefits', pay(32000, 32000, 'GBP', 'year')],
    [
      'Perth, Australia',
      'Remuneration: $95,000 to $105,000 pa + super',
      pay(95000, 105000, 'AUD', 'year'),
    ],
    ['Paris', 'Salaire : Horaire de 11,50 Euros à 12,80 Euros', pay(11.5, 12.8, 'EUR', 'hour')],
    ['Roma', 'Compenso: 18 € all’ora lordi', pay(18, 18, 'EUR', 'hour')],
    ['Utrecht', 'Uurloon: € 16,40 bruto per uur', pay(16.4, 16.4, 'EUR', 'hour')],
    ['Porto', 'Remuneração: 1.200 € por mês', pay(1200, 1200, 'EUR', 'month')],
  ])('%s: %s', (place, line, expected) => {
    expect(read('Job', place, '', line)).toEqual(expected);
  });

  it('never reads working time as a pay period', () => {
    expect(read('Engineer | Dublin, Ireland (Hybrid, 2 days/wk) | €58–65k')).toEqual(
      pay(58000, 65000, 'EUR', 'year'),
    );
    expect(read('Berlin', 'Gehalt: 52.000 € bei 40 Stunden pro Woche')).toEqual(
      pay(52000, 52000, 'EUR', 'year'),
    );
    expect(read('Lisboa', 'Salário: 1.500 € por 5 dias por semana')).toEqual(
      pay(1500, 1500, 'EUR', 'month'),
    );
  });

  it('takes a period the lines before announce for the figure', () => {
    expect(
      read(
        'Intern',
        'New York, NY',
        '',
        'Pay',
        'This role has the hourly base pay rate stated below.',
        'Internship',
        '$41.20—$41.20 USD',
      ),
    ).toEqual(pay(41.2, 41.2, 'USD', 'hour'));
    expect(
      read(
        'Engineer',
        'Austin, TX',
        '',
        'The annual base salary range for this role is:',
        '$140,000—$165,000 USD',
      ),
    ).toEqual(pay(140000, 165000, 'USD', 'year'));
  });

  it('reads a period from the label of the line', () => {
    expect(read('Sandton, Gauteng', 'Monthly Base Salary: R18,000.00 – R22,000.00.')).toEqual(
      pay(18000, 22000, 'ZAR', 'month'),
    );
    expect(
      read('Nantes', 'Salaire : Annuel de 32000,00 Euros à 38000,00 Euros sur 12 mois'),
    ).toEqual(pay(32000, 38000, 'EUR', 'year'));
    expect(read('Köln', 'Stundenlohn: 15,50 €')).toEqual(pay(15.5, 15.5, 'EUR', 'hour'));
  });
});

describe('local notations', () => {
  it('reads Indian lakhs, LPA and rupees', () => {
    expect(read('Pune, India', 'CTC: 12-18 LPA')).toEqual(pay(1200000, 1800000, 'INR', 'year'));
    expect(read('Chennai', 'Salary: ₹4.5 L per annum')).toEqual(pay(450000, 450000, 'INR', 'year'));
    expect(read('Bengaluru | Comp: ₹25–35L + ESOPs')).toEqual(pay(2500000, 3500000, 'INR', 'year'));
    expect(read('Delhi', 'Pay: ₹18,000.00 - ₹24,000.00 per month')).toEqual(
      pay(18000, 24000, 'INR', 'month'),
    );
  });

  it('reads the South African rand only in South Africa', () => {
    expect(read('Durban', 'Salary: R 25 000 - R 30 000 per month')).toEqual(
      pay(25000, 30000, 'ZAR', 'month'),
    );
    expect(read('Pretoria, South Africa', 'SALARY : R1 216 824 per annum')).toEqual(
      pay(1216824, 1216824, 'ZAR', 'year'),
    );
    expect(read('Cape Town', 'Salary - between R15 - R18K depending on experience')).toEqual(
      pay(15000, 18000, 'ZAR', 'month'),
    );
    expect(read('Registration Number : R1658448', 'Singapore')).toBeNull();
  });

  it('reads decimal thousands and thousands written as words', () => {
    expect(read('Berlin', 'Gehalt: 6,5k-8k € im Monat')).toEqual(pay(6500, 8000, 'EUR', 'month'));
    expect(read('São Paulo', 'Faixa salarial: de R$ 7 mil a R$ 9 mil')).toEqual(
      pay(7000, 9000, 'BRL', 'month'),
    );
    expect(read('Sevilla', 'Salario: entre 28 mil y 32 mil euros brutos anuales')).toEqual(
      pay(28000, 32000, 'EUR', 'year'),
    );
    expect(read('Milano', 'RAL: 35 mila euro')).toEqual(pay(35000, 35000, 'EUR', 'year'));
  });

  it('reads a figure with no upper bound as a minimum', () => {
    expect(read('Amsterdam', 'Salarisindicatie: vanaf € 3.800 bruto per maand')).toEqual(
      pay(3800, null, 'EUR', 'month'),
    );
    expect(read('München', 'Jahresgehalt ab 65.000 €')).toEqual(pay(65000, null, 'EUR', 'year'));
    expect(read('Lille', 'Rémunération à partir de 38 000 € bruts annuels')).toEqual(
      pay(38000, null, 'EUR', 'year'),
    );
    expect(read('Valencia', 'Salario desde 24.000 € brutos anuales')).toEqual(
      pay(24000, null, 'EUR', 'year'),
    );
    expect(read('Curitiba', 'Salário a partir de R$ 3.200,00')).toEqual(
      pay(3200, null, 'BRL', 'month'),
    );
    expect(read('Torino', 'RAL a partire da 30.000 €')).toEqual(pay(30000, null, 'EUR', 'year'));
  });

  it('reads a starting pay as the floor, and still reads the figure it rises to', () => {
    expect(read('Tacoma, WA', '• Starting Pay: $19.50 per hour')).toEqual(
      pay(19.5, null, 'USD', 'hour'),
    );
    expect(read('Leeds', 'Starting salary £24,000, rising to £27,500 after training')).toEqual(
      pay(24000, 27500, 'GBP', 'year'),
    );
    expect(read('Nantes', "Salaire d'embauche : 2 100 € bruts par mois")).toEqual(
      pay(2100, null, 'EUR', 'month'),
    );
    expect(read('Kassel', 'Einstiegsgehalt: 3.400 € brutto im Monat')).toEqual(
      pay(3400, null, 'EUR', 'month'),
    );
    expect(read('Zaragoza', 'Salario inicial: 1.500 € brutos al mes')).toEqual(
      pay(1500, null, 'EUR', 'month'),
    );
    expect(read('Bologna', 'Stipendio iniziale di 1.700 € lordi al mese')).toEqual(
      pay(1700, null, 'EUR', 'month'),
    );
    expect(read('Braga', 'Salário inicial de 1.100 € por mês')).toEqual(
      pay(1100, null, 'EUR', 'month'),
    );
    expect(read('Zwolle', 'Startsalaris: € 2.900 bruto per maand')).toEqual(
      pay(2900, null, 'EUR', 'month'),
    );
  });

  it('reads a currency written as a word after the figures, in any case', () => {
    expect(read('Rennes', 'Salaire : 45 000 euros bruts par an')).toEqual(
      pay(45000, 45000, 'EUR', 'year'),
    );
    expect(
      read('Colmar', 'Salaire : Mensuel de 1900,00 Euros à 2100,00 Euros sur 12 mois'),
    ).toEqual(pay(1900, 2100, 'EUR', 'month'));
    expect(read('Recife', 'Salário: 2.500 reais por mês')).toEqual(pay(2500, 2500, 'BRL', 'month'));
    expect(read('Zürich', 'Lohn: 7’000 Franken pro Monat')).toEqual(
      pay(7000, 7000, 'CHF', 'month'),
    );
  });

  it('keeps a range whole, whatever joins its ends', () => {
    expect(read('Wien', 'Gehalt 48.000 bis 56.000 EUR brutto jährlich')).toEqual(
      pay(48000, 56000, 'EUR', 'year'),
    );
    expect(
      read('Singapore', 'Basic salary: $2,800/month -> rising to $3,100/month after probation'),
    ).toEqual(pay(2800, 3100, 'SGD', 'month'));
    expect(read('Bordeaux', 'Rémunération : entre 35 et 42 k€ selon profil')).toEqual(
      pay(35000, 42000, 'EUR', 'year'),
    );
    expect(read('Bristol', 'Salary: £26-30,000')).toEqual(pay(26000, 30000, 'GBP', 'year'));
    expect(read('Eindhoven', '€3.250 - €4.675 bruto p/m')).toEqual(pay(3250, 4675, 'EUR', 'month'));
  });

  it('joins pay bands listed line by line', () => {
    expect(
      read(
        'Vaga remota',
        '',
        'Nível Júnior – De R$3 mil a R$5 mil.',
        'Nível Pleno – De R$6 mil a R$9 mil.',
      ),
    ).toEqual(pay(3000, 9000, 'BRL', 'month'));
  });
});

describe('a period by the one convention of the place', () => {
  it.each([
    ['Rio de Janeiro', 'Salário: R$ 1.650,00 + benefícios', pay(1650, 1650, 'BRL', 'month')],
    ['Singapore', 'Salary range: $3,000-$3,600', pay(3000, 3600, 'SGD', 'month')],
    ['Johannesburg', 'Salary: R22 000 - R26 000', pay(22000, 26000, 'ZAR', 'month')],
    ['Rotterdam', 'Salaris: € 2.900 - € 3.600 bruto', pay(2900, 3600, 'EUR', 'month')],
    ['Hamburg', 'Gehalt: 55.000 - 62.000 €', pay(55000, 62000, 'EUR', 'year')],
    ['Leeds', 'Salary: £24,000 - £27,000', pay(24000, 27000, 'GBP', 'year')],
  ])('%s: %s', (place, line, expected) => {
    expect(read('Job', place, '', line)).toEqual(expected);
  });

  it('reads a figure with no currency by its size where the country is known', () => {
    expect(read('Care Assistant (HOUGANG)', 'Singapore', '', 'Salary : 1800-2200')).toEqual(
      pay(1800, 2200, null, 'month'),
    );
  });
});

describe('money that is not pay', () => {
  it.each([
    ['London', 'Senior Nurse £2000 Welcome Bonus'],
    ['London', '- £1,000 e-voucher code for the benefits portal'],
    ['Leeds', '- Moving more than 50 miles: up to £3,000'],
    ['São Paulo', '✓VA R$ 25,00 por dia útil;'],
    ['Madrid', 'Ticket restaurante de 11 € al día'],
    ['Roma', 'Buoni pasto da 8 € per ogni giorno lavorato'],
    ['Berlin', 'Essenszuschuss von 6,50 € pro Tag'],
    ['Paris', 'Tickets restaurant de 10 € par jour travaillé'],
    ['Utrecht', 'Thuiswerkvergoeding van € 2,35 per dag'],
    ['Boston, MA', 'Last year our team donated $100,000 to local schools.'],
    ['Austin, TX', 'We closed a $40 million Series B and doubled revenue to $12M.'],
    ['Denver, CO', 'Annual learning budget of $1,500 per employee.'],
    ['Roma', 'ai sensi dell’art. 18 L. 68/99 e successive modifiche'],
  ])('%s: %s', (place, line) => {
    expect(read('Job', place, '', line)).toBeNull();
  });

  it('lets a pay word nearer the figure outweigh an earlier "bonus"', () => {
    expect(
      fromText('Healthcare experience is a bonus Salary range: €110,000 – €130,000 annually'),
    ).toEqual(pay(110000, 130000, 'EUR', 'year'));
    expect(fromText('Annual bonus of $10,000 - $15,000')).toBeNull();
  });

  it('keeps pay beside a requirement that ends with "a bonus"', () => {
    expect(
      read(
        'Manchester, United Kingdom',
        'Knowledge of Azure is a bonus',
        '£65k–£80k + 10% pension',
      ),
    ).toEqual(pay(65000, 80000, 'GBP', 'year'));
  });
});

describe('money beside the job that is still not its pay', () => {
  it.each([
    ['Austin, TX', 'We are a $2B company'],
    ['Austin, TX', 'You will own a portfolio of $500,000'],
    ['Austin, TX', 'Close deals of $50k-$200k ACV'],
    ['Austin, TX', 'Tuition reimbursement up to $5,250 per year'],
    ['Austin, TX', 'Shift differential of $2/hour for nights'],
    ['Austin, TX', 'Clients with $10k+ monthly spend'],
    ['Austin, TX', 'Software sold at $99 per month per seat to 4,000 customers'],
    ['London', 'Childcare vouchers up to £55 per week'],
    ['London', 'Cycle to work scheme up to £1,000'],
    ['Berlin', '1.000 € Weiterbildungsbudget pro Jahr'],
    ['Berlin', 'Urlaubsgeld 500 € und Weihnachtsgeld'],
    ['Paris', 'Prime de 2 000 € sur objectifs'],
    ['Paris', 'Levée de fonds de 15 M€ en 2023'],
    ['Madrid', 'Empresa con 25.000 empleados en 40 países'],
    ['Milano', 'Fatturato di 50 milioni di euro'],
    ['São Paulo', 'Auxílio home office de R$ 150,00 por mês'],
    ['Amsterdam', 'Reiskostenvergoeding € 0,23 per km'],
  ])('%s: %s', (place, line) => {
    expect(read('Job', place, '', line)).toBeNull();
  });
});

describe('a line with nothing but money on it is the pay line', () => {
  it.each([
    ['London', 'Up to £45,000 DOE', pay(null, 45000, 'GBP', 'year')],
    ['Curitiba', 'R$ 6.000,00 (CLT)', pay(6000, 6000, 'BRL', 'month')],
    ['Den Haag', 'Schaal 10 (max. € 5.100)', pay(null, 5100, 'EUR', 'month')],
    ['Johannesburg', 'Salary: R35 000 - R40 000 CTC', pay(35000, 40000, 'ZAR', 'month')],
    ['Wien', 'Jahresbruttogehalt ab EUR 58.000', pay(58000, null, 'EUR', 'year')],
    ['Mumbai', 'Salary:', pay(300000, 500000, null, 'year')],
  ])('%s: %s', (place, line, expected) => {
    const lines = line === 'Salary:' ? [line, '3,00,000 - 5,00,000 P.A.'] : [line];
    expect(read('Job', place, '', ...lines)).toEqual(expected);
  });

  it('reads the figures under a line that ends with their sign', () => {
    expect(read('Noida', 'Salary: Rs.', '4,50,000 - 6,00,000 per annum')).toEqual(
      pay(450000, 600000, 'INR', 'year'),
    );
  });
});

describe('extractSalary from JSON-LD', () => {
  it('uses a well-formed baseSalary and ignores the text', () => {
    const jsonLd = {
      '@type': 'JobPosting',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'usd',
        value: {
          '@type': 'QuantitativeValue',
          minValue: 130000,
          maxValue: 160000,
          unitText: 'YEAR',
        },
      },
    };
    expect(extractSalary(sentences('Salary: $1 - $2'), jsonLd)).toEqual(
      pay(130000, 160000, 'USD', 'year'),
    );
  });

  it('reads a single value and string numbers', () => {
    const jsonLd = {
      baseSalary: { currency: 'EUR', value: { value: '22.5', unitText: 'HOUR' } },
    };
    expect(extractSalary([], jsonLd)).toEqual(pay(22.5, 22.5, 'EUR', 'hour'));
  });

  it('falls back to the text when baseSalary is malformed or empty', () => {
    const text = sentences('Salary €40,000 - €48,000 per year');
    const expected = pay(40000, 48000, 'EUR', 'year');
    expect(extractSalary(text, { baseSalary: 'competitive' })).toEqual(expected);
    expect(extractSalary(text, { baseSalary: { currency: 'EUR', value: {} } })).toEqual(expected);
    expect(extractSalary(text, { baseSalary: { value: { minValue: -5 } } })).toEqual(expected);
  });

  it('resolves a bare "$" in the text from the JSON-LD address', () => {
    const jsonLd = { jobLocation: { address: { addressCountry: 'CA' } } };
    expect(extractSalary(sentences('Salary: $70,000 - $80,000'), jsonLd)).toEqual(
      pay(70000, 80000, 'CAD', 'year'),
    );
  });
});

describe('extractSalary robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { maxLength: 5 }), (texts) => {
        const salary = extractSalary(sentences(...texts), null);
        if (salary) expect(salary.min ?? salary.max).not.toBeNull();
      }),
    );
    const money = fc.constantFrom(
      '$',
      '€',
      'R',
      '₹',
      '1',
      '000',
      ',',
      '.',
      ' ',
      'k',
      'L',
      'mil',
      '-',
      'to',
      'per year',
      '/h',
      'salary',
    );
    fc.assert(
      fc.property(fc.array(money, { maxLength: 60 }), (parts) => {
        expect(() => fromText(parts.join(''))).not.toThrow();
      }),
    );
  });

  it('stays fast on a long run of figures', () => {
    const text = `Salary ${'$1,000 - $2,000 per year, '.repeat(40_000)}`;
    const started = performance.now();
    fromText(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('a ceiling named as a cap', () => {
  it.each([
    ['Compenso con un tetto di 28.000 € annui', 28000, 'year'],
    ['Pay capped at €24 per hour', 24, 'hour'],
    ['Vergütung höchstens 4.200 € monatlich', 4200, 'month'],
  ])('%s is a maximum only', (text, max, period) => {
    expect(fromText(text)).toEqual(pay(null, max, 'EUR', period));
  });
});

describe('Gulf currencies, quoted by the month', () => {
  it.each([
    ['Package: AED 14,500 per month plus housing', 14500, 14500, 'AED', 'month'],
    ['Salary: SAR 9,000 - 13,000', 9000, 13000, 'SAR', 'month'],
    ['QAR 16,000 monthly, tax free', 16000, 16000, 'QAR', 'month'],
    ['AED 150,000 - 210,000 per annum', 150000, 210000, 'AED', 'year'],
  ])('%s', (text, min, max, currency, period) => {
    expect(fromText(text)).toEqual(pay(min, max, currency, period));
  });
});

describe('a lone figure above a floor is the minimum, the maximum unknown', () => {
  it.each([
    ['Denver, CO', 'Base pay: over $60,000 a year plus bonus', pay(60000, null, 'USD', 'year')],
    [
      'Santiago, Chile',
      'Renta sobre $800.000 líquidos mensuales',
      pay(800000, null, 'CLP', 'month'),
    ],
    ['Lisboa', 'Salário acima de 1.500 € por mês', pay(1500, null, 'EUR', 'month')],
    ['München', 'Gehalt: über 55.000 € brutto im Jahr', pay(55000, null, 'EUR', 'year')],
    ['Milano', 'Retribuzione oltre 40.000 € lordi annui', pay(40000, null, 'EUR', 'year')],
  ])('%s: %s', (place, text, expected) => {
    expect(read(place, text)).toEqual(expected);
  });
});

describe('extractSalary: East and West African currencies', () => {
  it.each([
    ['Gross pay: KSh 38,000 – 52,000 a month', pay(38000, 52000, 'KES', 'month')],
    ['Remuneration: Kshs. 27,500 per month plus commission', pay(27500, 27500, 'KES', 'month')],
    ['Monthly salary of 65,000 Kenyan shillings', pay(65000, 65000, 'KES', 'month')],
    ['Salary: ₦180,000 - ₦240,000 monthly', pay(180000, 240000, 'NGN', 'month')],
    ['Take-home pay of 150,000 naira every month', pay(150000, 150000, 'NGN', 'month')],
    ['Salaire : 900 à 1 200 cedis par mois', pay(900, 1200, 'GHS', 'month')],
  ])('%s', (text, expected) => {
    expect(read('Store keeper', text)).toEqual(expected);
  });
});

describe('extractSalary: pay fields of a record on lines of their own', () => {
  it.each([
    [
      ['Role: Cook', 'Minimum Salary: 30000', 'Maximum Salary: 42000', 'Currency: KSh'],
      pay(30000, 42000, 'KES', 'month'),
    ],
    [
      ['Poste : Caissier', 'Salaire minimum : 1800', 'Salaire maximum : 2100', 'Devise : EUR'],
      pay(1800, 2100, 'EUR', 'month'),
    ],
    [
      ['Stelle: Lagerist', 'Gehalt mindestens: 2.600', 'Gehalt maximal: 3.100', 'Währung: CHF'],
      pay(2600, 3100, 'CHF', 'month'),
    ],
    [['Puesto: Chofer', 'Salario máximo: 2.300', 'Moneda: EUR'], pay(null, 2300, 'EUR', 'month')],
  ])('%j', (lines, expected) => {
    expect(read(...lines)).toEqual(expected);
  });

  it('takes no currency from a field that names none', () => {
    expect(read('Role: Driver', 'Salary: 35000', 'Currency: Not Specified')?.currency ?? null).toBe(
      null,
    );
  });
});

describe('extractSalary: one rate a line for each level of the job', () => {
  it.each([
    [
      ['Host', 'Host/Tier 1: $17.25/hour', 'Host/Tier 2: $19.00/hour'],
      pay(17.25, 19, 'USD', 'hour'),
    ],
    [
      ['Verkäufer', 'Stufe 1: 13,90 € pro Stunde', 'Stufe 2: 15,10 € pro Stunde'],
      pay(13.9, 15.1, 'EUR', 'hour'),
    ],
    [
      ['Serveur', 'Échelon 1 : 11,80 € de l’heure', 'Échelon 2 : 12,60 € de l’heure'],
      pay(11.8, 12.6, 'EUR', 'hour'),
    ],
    [
      ['Camarero', 'Nivel 1: 9,50 € por hora', 'Nivel 2: 10,40 € por hora'],
      pay(9.5, 10.4, 'EUR', 'hour'),
    ],
  ])('%j', (lines, expected) => {
    expect(read('Located in Denver, CO', ...lines)).toEqual(expected);
  });

  it('keeps one rate when the lines are not levels of one thing', () => {
    expect(read('Courier', 'Denver, CO', 'Weekdays: $21/hour', 'Weekends: $26/hour')).toEqual(
      pay(21, 21, 'USD', 'hour'),
    );
  });
});

describe('pay of a job with a legal monthly cap (Minijob)', () => {
  it.each([
    ['Für unser Café suchen wir Servicekräfte auf 520€-Basis.', pay(null, 520, 'EUR', 'month')],
    ['Du arbeitest bei uns auf 538-Euro-Basis im Versand.', pay(null, 538, 'EUR', 'month')],
    ['Ein 556 €-Job mit flexiblen Zeiten am Wochenende.', pay(null, 556, 'EUR', 'month')],
    ['Zeitungszusteller als Minijob (bis zu 556 €).', pay(null, 556, 'EUR', 'month')],
    ['Geringfügige Beschäftigung: 480 Euro, Dienst am Samstag.', pay(null, 480, 'EUR', 'month')],
  ])('%s', (text, expected) => {
    expect(fromText(text)).toEqual(expected);
  });

  it('keeps an hourly rate the text states beside the cap', () => {
    expect(fromText('Minijob im Lager, Stundenlohn 14,50 € brutto.')).toEqual(
      pay(14.5, 14.5, 'EUR', 'hour'),
    );
    expect(fromText('Wir zahlen 13,90 € pro Stunde auf 556-Euro-Basis.')).toEqual(
      pay(13.9, 13.9, 'EUR', 'hour'),
    );
  });

  it('reads no cap without a figure, and none in languages without such jobs', () => {
    expect(fromText('Wir suchen Aushilfen auf Minijob-Basis für den Verkauf.')).toBeNull();
    expect(fromText('Part-time job on a 450 basis, evenings only.')).toBeNull();
    expect(fromText('Job de 520 € base, week-end uniquement.')).toBeNull();
  });
});

it('reads a cap whose currency word stands apart from the figure', () => {
  expect(fromText('Aushilfe im Verkauf auf 556 Euro Basis gesucht.')).toEqual(
    pay(null, 556, 'EUR', 'month'),
  );
});
