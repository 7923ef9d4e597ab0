import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const langs = (text: string) =>
  extract({ text }).requirements.flatMap((r) =>
    r.kind === 'language' ? [[r.language, r.level, r.required]] : [],
  );

describe('French language requirements', () => {
  it('shares the level over "en français et en anglais"', () => {
    expect(
      langs(
        'Agente administrative\n\nProfil recherché\nTrès bonnes habiletés de rédaction en français et en anglais\nRigueur',
      ),
    ).toEqual([
      ['fr', 'fluent', true],
      ['en', 'fluent', true],
    ]);
  });

  it('reads a language the job communicates in', () => {
    expect(
      langs('Acheteur H/F\n\nVous devrez communiquer chaque semaine en allemand avec nos usines.'),
    ).toEqual([['de', null, true]]);
  });

  it('reads "connaissance minimale" as a basic level', () => {
    expect(
      langs(
        'Commis de cuisine\n\nAtouts\nConnaissances minimales de l’anglais\nEndurance physique',
      ),
    ).toEqual([['en', 'basic', false]]);
  });
});

describe('a Mexican graduate without the title yet', () => {
  it('reads "pasante o titulado" in a degree line as no internship', () => {
    const x = extract({
      text: 'Contador general\n\nEscolaridad: Licenciatura en Contaduría concluida (pasante o titulado).\nExperiencia de 3 años.',
    });
    expect(x.posting.employmentTypes).toEqual([]);
  });

  it('still reads an intern post', () => {
    const x = extract({
      text: 'Pasante de Marketing\n\nBuscamos pasante para el área de marketing.',
    });
    expect(x.posting.employmentTypes).toEqual(['internship']);
  });
});

describe('French text whose apostrophes were lost', () => {
  it('reads the elided article glued to the name ("langlais", "lespagnol")', () => {
    const text =
      'Réceptionniste\n\nProfil recherché\n- Bonne maîtrise de langlais\n- Notions de lespagnol appréciées';
    expect(langs(text).map(([language]) => language)).toEqual(['en', 'es']);
  });
});
