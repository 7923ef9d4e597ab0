import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const levels = (text: string) =>
  extract({ text }).requirements.flatMap((r) => (r.kind === 'education' ? [r.level] : []));

describe('French "niveau Bac+N"', () => {
  it('reads the level the +N gives, not the bac before it', () => {
    expect(levels('Profil :\n- Diplôme de niveau Bac+5 en contrôle de gestion')).toEqual([
      'master',
    ]);
    expect(levels('Profil :\n- Formation niveau Bac +2 (BTS, DUT)')).toEqual(['associate']);
    expect(levels('Profil :\n- Diplôme niveau Bac + 3 minimum')).toEqual(['bachelor']);
  });

  it('reads Québec\'s "BAC ou maîtrise en …" as the university degree', () => {
    expect(levels('Exigences :\n- BAC ou maîtrise en physiothérapie')).toEqual(['bachelor']);
    expect(levels('Qualifications :\n- Baccalauréat ou Maitrise en orthophonie')).toEqual([
      'bachelor',
    ]);
  });

  it('still reads a bare "niveau bac" as the baccalauréat', () => {
    expect(levels('Profil :\n- Niveau bac exigé')).toEqual(['high_school']);
  });
});

describe('a German or Dutch degree name cut before its compound', () => {
  it('reads "Bachelor- oder Masterstudium" as one requirement, the lowest level', () => {
    expect(
      levels('Ihr Profil:\n- Abgeschlossenes Bachelor- oder Masterstudium der Physik'),
    ).toEqual(['bachelor']);
    expect(levels('Jouw profiel:\n- Een afgeronde bachelor- of masteropleiding')).toEqual([
      'bachelor',
    ]);
  });
});

describe('Spanish "estudiante o graduado de carreras afines"', () => {
  it('reads a student or graduate of a related degree as the university degree', () => {
    expect(
      levels('Requisitos:\n- Ser estudiante o graduado de carreras afines a la informática'),
    ).toEqual(['bachelor']);
    expect(levels('Perfil:\n- Graduados de carreras de Economía o Administración')).toEqual([
      'bachelor',
    ]);
  });
});
