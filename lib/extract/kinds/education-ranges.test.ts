import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const levels = (text: string) =>
  extract({ text }).requirements.flatMap((r) => (r.kind === 'education' ? [r.level] : []));

describe('two steps of a numbered scale side by side', () => {
  it('reads "Bac+2 Bac+5" as a range, the lower step asked for', () => {
    expect(levels('Profil :\n- Formation : BAC+2 BAC+5 en qualité, 4 ans minimum')).toEqual([
      'associate',
    ]);
    expect(levels('Votre profil\nDiplômé(e) Bac +3 Bac +5 en finance.')).toEqual(['bachelor']);
  });

  it('still reads a step before the degree it qualifies as that degree', () => {
    expect(levels('Profil :\n- Bac+5 Master en droit social')).toEqual(['master']);
  });
});

describe('wording of the lowest diploma accepted', () => {
  it('reads Québec\'s "études universitaires ou collégiales" as the college diploma', () => {
    expect(
      levels("Exigences\n- Diplôme d'études universitaires ou collégiales en gestion"),
    ).toEqual(['associate']);
    expect(
      levels(
        "Exigences\n- Détenir un diplôme d'études collégiales ou universitaires en comptabilité",
      ),
    ).toEqual(['associate']);
  });

  it('reads Spain\'s "FPII" written as one word as vocational training', () => {
    expect(levels('Requisitos:\n- Titulación mínima FPII en electricidad')).toEqual(['vocational']);
    expect(levels('Requisitos:\n- Al menos FP2 de administración')).toEqual(['vocational']);
  });
});
