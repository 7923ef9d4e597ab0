import { describe, expect, it } from 'vitest';
import { REMOTE_IN } from './place-text';
import { AT_COMPANY_SENTENCE, EOE_COMPANY, findLocations, MODEL_IN_BRACKETS } from './posting';

/** The posting reader's last English-only patterns, now built from every lexicon. */

const named = (re: RegExp, text: string) => re.exec(text)?.[1]?.trim() ?? null;

describe('an employer naming itself in an equal-opportunity sentence', () => {
  it('reads the name in each language', () => {
    expect(
      named(EOE_COMPANY, 'Apply today. Northgate Fabrication is an equal opportunity employer.'),
    ).toBe('Northgate Fabrication');
    expect(
      named(
        EOE_COMPANY,
        'Rejoignez-nous. Atelier Brunet est un employeur garantissant l’égalité des chances.'.replace(
          '’',
          "'",
        ),
      ),
    ).toBe('Atelier Brunet');
    expect(
      named(EOE_COMPANY, 'Stahlbau Krämer ist ein Arbeitgeber, der Chancengleichheit lebt.'),
    ).toBe('Stahlbau Krämer');
    expect(
      named(
        EOE_COMPANY,
        'Solicita ya. Talleres Ebro es un empleador que ofrece igualdad de oportunidades.',
      ),
    ).toBe('Talleres Ebro');
    expect(
      named(EOE_COMPANY, 'Officine Rossi è un datore di lavoro che garantisce pari opportunità.'),
    ).toBe('Officine Rossi');
    expect(
      named(
        EOE_COMPANY,
        'Metalúrgica Sousa é um empregador que oferece igualdade de oportunidades.',
      ),
    ).toBe('Metalúrgica Sousa');
    expect(named(EOE_COMPANY, 'Staalbouw Visser is een werkgever die gelijke kansen biedt.')).toBe(
      'Staalbouw Visser',
    );
  });

  it('needs a capitalised name opening the sentence', () => {
    expect(EOE_COMPANY.exec('our team is an equal opportunity employer')).toBeNull();
    expect(EOE_COMPANY.exec('Northgate Fabrication supports equal opportunities.')).toBeNull();
  });
});

describe('"At Acme, we …"', () => {
  it('reads the name before a we-clause', () => {
    expect(named(AT_COMPANY_SENTENCE, 'At Quillfin, we build payment tools.')).toBe('Quillfin');
    expect(named(AT_COMPANY_SENTENCE, 'Chez Quillfin, nous construisons des outils.')).toBe(
      'Quillfin',
    );
    expect(named(AT_COMPANY_SENTENCE, 'Bij Quillfin, we bouwen betaaltools.')).toBe('Quillfin');
  });

  it('takes no place opening a sentence, and no word glued to the cue', () => {
    expect(AT_COMPANY_SENTENCE.exec('En Madrid, nuestro equipo crece.')).toBeNull();
    expect(AT_COMPANY_SENTENCE.exec('Em Lisboa, nossa equipa cresce.')).toBeNull();
    expect(AT_COMPANY_SENTENCE.exec('That Quillfin, we know.')).toBeNull();
    expect(AT_COMPANY_SENTENCE.exec('At Quillfin, weekly demos.')).toBeNull();
  });
});

describe('a work model written with a place', () => {
  it('knows a remote word opening a location, in several languages', () => {
    for (const line of [
      'Remote - Portugal',
      'Télétravail, France',
      'Homeoffice: Deutschland',
      'Thuiswerken – Nederland',
    ]) {
      expect(REMOTE_IN.test(line), line).toBe(true);
    }
    expect(REMOTE_IN.test('Remoteness, Alaska')).toBe(false);
  });

  it('drops a bracketed model after a place', () => {
    expect('Leeds (Hybrid)'.replace(MODEL_IN_BRACKETS, '')).toBe('Leeds');
    expect('Lyon (télétravail)'.replace(MODEL_IN_BRACKETS, '')).toBe('Lyon');
    expect('Porto (híbrido)'.replace(MODEL_IN_BRACKETS, '')).toBe('Porto');
    expect('Leeds (West Yorkshire)'.replace(MODEL_IN_BRACKETS, '')).toBe('Leeds (West Yorkshire)');
  });

  it('reads the place of a labelled location line that names the model too', () => {
    expect(
      findLocations(
        'Nurse\nLocation: Télétravail - Lyon\nYou care for patients.',
        null,
        undefined,
        'Nurse',
      ),
    ).toEqual(['Lyon']);
    expect(
      findLocations(
        'Nurse\nLocation: Lyon (télétravail)\nYou care for patients.',
        null,
        undefined,
        'Nurse',
      ),
    ).toEqual(['Lyon']);
  });
});
