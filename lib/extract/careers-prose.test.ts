import { describe, expect, it } from 'vitest';
import { schoolingOf, spokenOf } from '../testing/requirements';
import { extract } from './index';

/**
 * Patterns from employers' own careers pages and ATS job texts in English (US, UK, Ireland,
 * Europe), with the same rule in other languages. Every sentence is written for the test.
 */

describe('praise words that state a fluent level', () => {
  it('reads "flawless", "superior" and "impeccable" as fluent in English', () => {
    expect(spokenOf('What you bring\n- You write and speak flawless English.')).toEqual([
      ['en', 'fluent', true],
    ]);
    expect(spokenOf('Requirements\n- A flawless command of Italian')).toEqual([
      ['it', 'fluent', true],
    ]);
    expect(
      spokenOf('Requirements\n- Superior spoken and written skills in English and Swedish'),
    ).toEqual([
      ['en', 'fluent', true],
      ['sv', 'fluent', true],
    ]);
    expect(spokenOf('Profile\n- Impeccable written Spanish')).toEqual([['es', 'fluent', true]]);
  });

  it('reads the same praise in German, French, Spanish, Italian and Portuguese', () => {
    expect(spokenOf('Ihr Profil\n- Einwandfreie Englischkenntnisse')).toEqual([
      ['en', 'fluent', true],
    ]);
    expect(spokenOf('Ihr Profil\n- Tadelloses Deutsch in Wort und Schrift')).toEqual([
      ['de', 'fluent', true],
    ]);
    expect(spokenOf('Profil recherché\n- Anglais impeccable, à l’écrit comme à l’oral')).toEqual([
      ['en', 'fluent', true],
    ]);
    expect(spokenOf('Requisitos\n- Inglés impecable')).toEqual([['en', 'fluent', true]]);
    expect(spokenOf('Requisiti\n- Inglese impeccabile')).toEqual([['en', 'fluent', true]]);
    expect(spokenOf('Requisitos\n- Inglês impecável')).toEqual([['en', 'fluent', true]]);
  });

  it('keeps a plain mention without a level word as it was', () => {
    expect(spokenOf('Requirements\n- English and Dutch')).not.toContainEqual([
      'en',
      'fluent',
      true,
    ]);
  });
});

describe('a lower-case "master" inside a noun is no degree', () => {
  it('drops "master equipment files", "master plumber", "master schedule owner"', () => {
    expect(
      schoolingOf('Duties\n- Keep the master equipment files and spare parts lists up to date'),
    ).toEqual([]);
    expect(schoolingOf('Requirements\n- Licensed master plumber preferred')).toEqual([]);
    expect(
      schoolingOf('Requirements\n- Bachelor’s degree\n- Update the master recipe book'),
    ).toEqual([['bachelor', true, false]]);
  });

  it('keeps the degree when a degree word, a preposition or "or" follows', () => {
    expect(schoolingOf('Requirements\n- master degree in chemistry')).toEqual([
      ['master', true, false],
    ]);
    expect(schoolingOf('Requirements\n- master or bachelor in finance')).toEqual([
      ['bachelor', true, false],
    ]);
    expect(schoolingOf('Profil\n- Bac+5 ou un master en gestion')).toEqual([
      ['master', true, false],
    ]);
    expect(schoolingOf('Requisiti\n- master in ingegneria gestionale')).toEqual([
      ['master', true, false],
    ]);
  });
});

describe('a company named by an "About" heading in capitals', () => {
  const company = (text: string) => extract({ text }).posting.company;

  it('takes the name as the text writes it elsewhere', () => {
    const text = [
      'ABOUT QUILLWORKS',
      'Quillworks makes note-taking software for research teams.',
      'ABOUT THE ROLE',
      'You will support our customers by email and chat.',
    ].join('\n\n');
    expect(company(text)).toBe('Quillworks');
    const mixed = [
      'ABOUT BRIGHTLOOM',
      'At BrightLoom we build tools for weavers.',
      'WHAT YOU WILL DO',
      'Answer questions from shops.',
    ].join('\n\n');
    expect(company(mixed)).toBe('BrightLoom');
  });

  it('reads a French heading in capitals the same way', () => {
    const text = [
      'À PROPOS DE VERDANE',
      'Verdane conçoit des serres connectées.',
      'VOS MISSIONS',
      'Vous suivez nos clients.',
    ].join('\n\n');
    expect(company(text)).toBe('Verdane');
  });

  it('takes no company from "ABOUT THE ROLE" or "ABOUT YOU"', () => {
    expect(company('ABOUT THE ROLE\n\nYou will answer calls.\n\nABOUT YOU\n\nYou are kind.')).toBe(
      null,
    );
  });
});

describe('years the hire commits to are no experience', () => {
  const years = (text: string) =>
    extract({ text }).requirements.flatMap((r) =>
      r.kind === 'experience' ? [[r.minYears, r.evidence.text]] : [],
    );

  it('drops "a 3-year initial commitment" and "a two-year service agreement"', () => {
    expect(
      years('Requirements\n- 2 years of ward experience\n- 3-year initial commitment'),
    ).toEqual([[2, '2 years of ward experience']]);
    expect(years('Requirements\n- Willing to sign a 2-year service agreement')).toEqual([]);
  });

  it('drops the same commitment in Spanish and German', () => {
    expect(years('Requisitos\n- Experiencia en quirófano\n- 3 años de compromiso')).toEqual([
      [null, 'Experiencia en quirófano'],
    ]);
    expect(years('Ihr Profil\n- Erfahrung in der Pflege\n- 3 Jahre Verpflichtung')).toEqual([
      [null, 'Erfahrung in der Pflege'],
    ]);
  });
});

describe('a title word before a bracket, in long prose', () => {
  const type = (text: string) => extract({ text }).posting.employmentType;

  it('reads no internship from "at a very early stage (…)" in a long sentence', () => {
    const text =
      'Platform Engineer\n\nYou will work in a small team, own real problems end to end, and help ' +
      'shape a product that is still at a very early stage (think of a search engine in 1998).';
    expect(type(text)).toBeNull();
  });

  it('still reads a capitalised title word before a bracket', () => {
    const text =
      'Join us as a Marketing Intern (Summer 2026) and spend twelve weeks with our brand team ' +
      'in Leeds, working on campaigns, reports and events across the whole season.';
    expect(type(text)).toBe('internship');
  });
});

describe('"New Mexico" is a US state for the currency', () => {
  it('gives USD, not the Mexican peso, to a dollar salary in New Mexico', () => {
    const text = 'Staff Nurse - ICU\nRoswell, New Mexico\n$61,000 - $77,000 a year\nFull-time';
    expect(extract({ text }).posting.salary?.currency).toBe('USD');
    expect(
      extract({ text: 'Enfermera\nSanta Fe, Nuevo México\n$60,000 - $70,000 al año' }).posting
        .salary?.currency,
    ).not.toBe('MXN');
  });
});

describe('the employer as the subject of an opening sentence', () => {
  const company = (text: string) => extract({ text }).posting.company;

  it('reads a first line that is a sentence, not a title', () => {
    const text =
      'Harbourline is a logistics company moving parcels across the north of England, and it is ' +
      'looking for a Night Shift Warehouse Supervisor. You will lead a team of twelve.\n\n' +
      'Requirements\n- Forklift licence';
    expect(company(text)).toBe('Harbourline');
  });

  it('keeps the article of a name after "Here at"', () => {
    const text =
      'Here at The Copper Kettle Group, we are opening three new cafés across Yorkshire this spring.\n\n' +
      'We want you as our Head Barista.\n\nRequirements\n- 2 years in specialty coffee';
    expect(company(text)).toBe('The Copper Kettle Group');
  });

  it('reads "offers" in English, "bietet" in German and "propose" in French', () => {
    expect(company('Care Assistant\n\nBrookfield Homes offers residential care in Kent.')).toBe(
      'Brookfield Homes',
    );
    expect(company('Pflegefachkraft\n\nSonnenhof bietet betreutes Wohnen in Ulm an.')).toBe(
      'Sonnenhof',
    );
    expect(company('Aide-soignant\n\nVerlaine Santé propose des soins à domicile.')).toBe(
      'Verlaine Santé',
    );
  });

  it('still reads the first line as a title when it is one', () => {
    expect(company('Warehouse Supervisor\n\nNorthgate Foods is hiring in Leeds.')).toBe(
      'Northgate Foods',
    );
  });
});

describe('a heading that names the employer as a place to work', () => {
  const companyOf = (text: string) => extract({ text }).posting.company;
  it('reads "Life at", "Werken bij", "Travailler chez" headings, in capitals too', () => {
    expect(
      companyOf(
        'Platform Engineer\n\nLIFE AT NORTHWIND\n\nThe people at Northwind build tools for ports.\n\nWhat you will do\n- Run our clusters.',
      ),
    ).toBe('Northwind');
    expect(
      companyOf(
        'Monteur\n\nWerken bij Velthuis Installatie\nWij zijn een familiebedrijf met veertig vakmensen.\n\nWat vragen wij?\n- Een mbo-diploma.',
      ),
    ).toBe('Velthuis Installatie');
    expect(
      companyOf(
        'Comptable\n\nTravailler chez Maravel :\nUne équipe de douze personnes à Lyon.\n\nProfil\n- BTS comptabilité.',
      ),
    ).toBe('Maravel');
  });

  it('leaves a heading whose words name no one alone', () => {
    expect(
      companyOf(
        'Monteur\n\nWerken bij ons\nWij zijn een familiebedrijf.\n\nProfiel\n- Rijbewijs B.',
      ),
    ).toBeNull();
  });
});

describe('a title named inside the opening sentence', () => {
  const titleOf = (text: string) => extract({ text }).posting.title;
  it('reads the capitalised role after "is seeking", "are looking for", "è alla ricerca di"', () => {
    expect(
      titleOf(
        'Harrow Mills is a family business making paper since 1921, and they are seeking a Senior Process Engineer for their Leeds plant.\n\nResponsibilities\n- Run the line.',
      ),
    ).toBe('Senior Process Engineer');
    expect(
      titleOf(
        'Da oltre trent’anni la nostra azienda produce arredi su misura e oggi è alla ricerca di un Magazziniere per la sede di Treviso.\n\nRequisiti\n- Patentino del muletto.',
      ),
    ).toBe('Magazziniere');
  });

  it('does not read "such as an" inside a sentence as an intro', () => {
    expect(
      titleOf(
        'We build payment tools for shops, with partners such as an Oracle Developer community and many local banks across the region.\n\nResponsibilities\n- Ship features.',
      ),
    ).toBeNull();
  });
});
