import { describe, expect, it } from 'vitest';
import {
  classifyHeading,
  inlineHeading,
  isHeadingLine,
  isNonRequirementHeading,
  trailingHeadingStart,
} from './sections';

describe('classifyHeading', () => {
  it.each([
    'Yearly bonus',
    'Salary plus commission:',
    'Salary & Bonus',
    'Performance bonus scheme',
  ])('a heading naming pay (%s) heads no nice-to-haves', (h) => {
    expect(classifyHeading(h)).toBeNull();
  });

  it.each(['Bonus points', 'Bonus:', 'A plus if you have', 'Bonus if you also know'])(
    '%s still heads the nice-to-haves',
    (h) => {
      expect(classifyHeading(h)).toBe('preferred');
    },
  );

  it.each([
    'Requirements',
    'Minimum qualifications',
    'Basic Qualifications',
    "What we're looking for",
    'What you bring',
    'Who you are',
    'About you',
    'Must-haves',
    'Profil recherché',
    'Votre profil',
    'Ihr Profil',
    'Was Sie mitbringen',
    'Das bringst du mit',
    'Anforderungen',
    'Requisitos',
    'Lo que buscamos',
    'Requisiti',
    'Wat wij vragen',
    'Functie-eisen',
    'O que procuramos',
    'The ideal candidate will have',
    'You may be a good fit if you have',
    'Essential',
  ])('%s → required', (h) => {
    expect(classifyHeading(h)).toBe('required');
  });

  it.each([
    'Preferred qualifications',
    'Nice to have',
    'Nice-to-haves',
    'Bonus points',
    'If this sounds like you, you probably have:',
    'It would be great if you also have',
    'Atouts',
    'Un plus',
    'Von Vorteil',
    'Wünschenswert',
    'Se valorará',
    'Requisitos deseables',
    'Costituisce titolo preferenziale',
    'Diferenciais',
    'Pluspunten',
    'Ideally you also have',
    'Strong candidates may also have',
    'Valorizamos',
    'Desirable',
  ])('%s → preferred', (h) => {
    expect(classifyHeading(h)).toBe('preferred');
  });

  it.each(['Responsibilities', "What you'll do", 'Benefits', 'Ihre Aufgaben', 'Missions'])(
    '%s → neither',
    (h) => {
      expect(classifyHeading(h)).toBeNull();
    },
  );
});

describe('heading lines', () => {
  it('recognises known headings, colon lines and short lines standing alone', () => {
    expect(isHeadingLine('Responsibilities', false)).toBe(true);
    expect(isHeadingLine('Relocation Statement:', false)).toBe(true);
    expect(isHeadingLine('Who You Are', false)).toBe(true);
    expect(isHeadingLine('Hiring Process', true)).toBe(true);
    expect(isHeadingLine('Hiring Process', false)).toBe(false);
    expect(isHeadingLine('Se valorará', false, true)).toBe(true);
    // A longer lead-in counts only right above a list.
    expect(isHeadingLine('It would be great if you also have', false, true, true)).toBe(true);
    expect(isHeadingLine('It would be great if you also have', false, true, false)).toBe(false);
    expect(
      isHeadingLine('Excellent presentation, communication, and collaboration skills', false),
    ).toBe(false);
    expect(isHeadingLine('This field is required.', true)).toBe(false);
  });

  it.each([
    'Full job description',
    'Job description',
    'Job details',
    'Description du poste',
    'Stellenbeschreibung',
    'Descripción del empleo',
  ])('reads the job-board line %s as a heading that ends the section above it', (line) => {
    expect(isHeadingLine(line, false)).toBe(true);
    expect(classifyHeading(line)).toBeNull();
    expect(isNonRequirementHeading(line)).toBe(false);
  });

  it('takes a markdown heading as a heading, whatever its words', () => {
    expect(isHeadingLine('### Formazione richiesta (essenziale)', false)).toBe(true);
    expect(isHeadingLine('## Ce que nous attendons (impératif)', false)).toBe(true);
    expect(isHeadingLine('#hashtag in a sentence about us', false)).toBe(false);
    expect(classifyHeading('Titolo di studio richiesto')).toBe('required');
    expect(classifyHeading('Competenze essenziali')).toBe('required');
  });

  it('finds a heading at the start or the end of a collapsed piece', () => {
    expect(inlineHeading('Requirements: 5+ years of Go')).toBe('Requirements');
    expect(inlineHeading('San Francisco applicants: we consider all')).toBeNull();
    const piece = 'Bachelor degree Nice to have:';
    expect(piece.slice(trailingHeadingStart(piece))).toBe('Nice to have:');
    expect(trailingHeadingStart('Paris, France:')).toBe(-1);
  });

  it('knows the headings under which nothing is a requirement', () => {
    for (const h of [
      'Benefits',
      'What we offer',
      'About Pinterest',
      'Wir bieten',
      'Nous offrons',
      'Chi siamo',
    ]) {
      expect(isNonRequirementHeading(h)).toBe(true);
    }
    for (const h of ['About you', 'About the role', 'Requirements', null]) {
      expect(isNonRequirementHeading(h)).toBe(false);
    }
  });
});

describe('section words come from every lexicon', () => {
  it('gives every language required, preferred and offer headings', async () => {
    const { LEXICONS } = await import('../lexicon/build');
    for (const l of LEXICONS) {
      expect(l.sections.required.length, l.code).toBeGreaterThan(0);
      expect(l.sections.preferred.length, l.code).toBeGreaterThan(0);
      expect(l.sections.offer.length, l.code).toBeGreaterThan(0);
    }
  });

  it.each([
    ['Was du mitbringst', 'required'],
    ['Idealerweise kennst du', 'preferred'],
    ['Ce qui serait apprécié', 'preferred'],
    ['Requisiti richiesti', 'required'],
    ['Competenze gradite', 'preferred'],
    ['Será um diferencial', 'preferred'],
    ['Wat wij vragen', 'required'],
    ['Extra credit if you know', 'preferred'],
    ['The ideal candidate', 'required'],
  ])('classifies %j as %s', (heading, section) => {
    expect(classifyHeading(heading)).toBe(section);
  });

  it('keeps "About" headings on the job apart from those on the employer', () => {
    expect(isNonRequirementHeading('About Lindqvist Foods')).toBe(true);
    expect(isNonRequirementHeading('About the position')).toBe(false);
    expect(isNonRequirementHeading('Unser Angebot an dich')).toBe(true);
    expect(isNonRequirementHeading('Lo que ofrecemos')).toBe(false);
    expect(isNonRequirementHeading('Ofrecemos')).toBe(true);
  });
});
