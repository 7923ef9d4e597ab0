import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** [min, max] of each experience requirement `extract` reads in a posting. */
function years(text: string): [number | null, number | null][] {
  return extract({ text }).requirements.flatMap((r) =>
    r.kind === 'experience' ? [[r.minYears, r.maxYears] as [number | null, number | null]] : [],
  );
}

describe('a length word after the experience word measures the experience', () => {
  it('reads "expérience d\'une durée de …" as years of experience', () => {
    expect(years("Profil :\n- Une expérience d'une durée de 2 à 3 ans dans l'hôtellerie")).toEqual([
      [2, 3],
    ]);
    expect(years("Profil :\n- Expérience commerciale d'une durée de 4 ans minimum")).toEqual([
      [4, null],
    ]);
  });

  it('reads the same in Spanish, Italian and Portuguese', () => {
    expect(years('Requisitos:\n- Experiencia previa con una duración de 3 años')).toEqual([
      [3, null],
    ]);
    expect(years('Requisiti:\n- Esperienza pregressa della durata di 5 anni')).toEqual([[5, null]]);
    expect(years('Requisitos:\n- Experiência com duração de 2 anos em atendimento')).toEqual([
      [2, null],
    ]);
  });

  it('still reads a contract length as no experience', () => {
    expect(years("Poste :\n- CDD d'une durée de 2 ans, expérience appréciée")).toEqual([]);
    expect(years("Profil :\n- Débutants acceptés ; contrat d'une durée de 3 ans")).toEqual([]);
    expect(years('Condiciones:\n- Contrato con una duración de 2 años')).toEqual([]);
  });

  it('keeps other traps after an experience word', () => {
    // "within the last 3 years" is a period, not a requirement, even after "experience".
    expect(years('Requirements:\n- 1 year of driving experience within the last 3 years')).toEqual([
      [1, null],
    ]);
  });
});

describe('a range whose ends carry their own units', () => {
  it('reads "N months to 1 year" as one requirement, in several languages', () => {
    expect(years('Requirements:\n- Between 6 months and 1 year of warehouse experience')).toEqual([
      [0.5, 1],
    ]);
    expect(years('Anforderungen:\n- 6 Monate bis 2 Jahre Erfahrung in der Pflege')).toEqual([
      [0.5, 2],
    ]);
    expect(years('Profil :\n- 6 mois à 1 an d’expérience en logistique')).toEqual([[0.5, 1]]);
    expect(years('Requisitos:\n- Experiencia de 6 meses a 1 año en atención al cliente')).toEqual([
      [0.5, 1],
    ]);
  });

  it('keeps two separate durations apart', () => {
    expect(
      years('Requirements:\n- 6 months of forklift experience; 2 years in a warehouse role'),
    ).toEqual([
      [0.5, null],
      [2, null],
    ]);
  });
});

describe('years that are a rate of substitution or a validity, not a requirement', () => {
  it('reads no requirement in experience that may stand in for schooling', () => {
    expect(
      years(
        'Minimum qualifications:\n- Diploma in civil engineering technology; two years of experience may be substituted for each year of the diploma.',
      ),
    ).toEqual([]);
    expect(
      years(
        'Requirements:\n- High school diploma. One year of clerical experience can be substituted for one year of college.',
      ),
    ).toEqual([]);
  });

  it('reads the same in French, Spanish, Italian, Portuguese, Dutch and German', () => {
    expect(
      years('Profil :\n- BTS exigé ; 3 ans d’expérience peuvent remplacer le diplôme.'),
    ).toEqual([]);
    expect(
      years('Requisitos:\n- Título técnico; 4 años de experiencia pueden sustituir el título.'),
    ).toEqual([]);
    expect(
      years('Requisiti:\n- Diploma tecnico; 5 anni di esperienza possono sostituire il titolo.'),
    ).toEqual([]);
    expect(
      years('Requisitos:\n- Curso técnico; 3 anos de experiência podem substituir o curso.'),
    ).toEqual([]);
    expect(
      years('Functie-eisen:\n- MBO 4; 3 jaar werkervaring kan vervangen worden door een diploma.'),
    ).toEqual([]);
    expect(
      years('Profil:\n- Fachschulabschluss; er kann durch 4 Jahre Berufspraxis ersetzt werden.'),
    ).toEqual([]);
  });

  it('keeps the years asked beside a substitution rule', () => {
    expect(
      years(
        'Qualifications:\n- Four years of experience in procurement; experience may be substituted for the degree on a year-for-year basis.',
      ),
    ).toEqual([[4, null]]);
  });

  it('reads no requirement in the months a certificate must still be valid', () => {
    expect(
      years(
        'Requirements:\n- Your forklift ticket must have at least 18 months remaining before it expires.',
      ),
    ).toEqual([]);
    expect(years('Requirements:\n- At least 2 years of experience in retail.')).toEqual([
      [2, null],
    ]);
  });
});

describe('years the candidate has worked, with no experience noun', () => {
  it('reads "you have worked … for N years" in five languages', () => {
    expect(
      years('Requirements:\n- You have worked in a busy kitchen for at least three years.'),
    ).toEqual([[3, null]]);
    expect(
      years('Profil :\n- Vous avez exercé le métier de cariste pendant au moins 2 ans.'),
    ).toEqual([[2, null]]);
    expect(years('Requisitos:\n- Has trabajado como repartidor durante al menos 2 años.')).toEqual([
      [2, null],
    ]);
    expect(years('Requisiti:\n- Hai lavorato in un magazzino per almeno 4 anni.')).toEqual([
      [4, null],
    ]);
    expect(
      years('Requisitos:\n- Trabalhou em atendimento ao cliente por pelo menos 1 ano.'),
    ).toEqual([[1, null]]);
  });

  it('keeps the employer speaking of its own years out', () => {
    expect(years('Requirements:\n- We have worked with care homes for 30 years.')).toEqual([]);
    expect(years('Requisitos:\n- Hemos trabajado durante 20 años con hospitales.')).toEqual([]);
  });
});
