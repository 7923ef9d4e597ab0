import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** Requirements as (kind, name or level or language, R/P, equivalent or level). */
function reqs(text: string) {
  return extract({ text } as never).requirements.map((r) => {
    const q = r as unknown as Record<string, unknown>;
    return [
      r.kind,
      q.name ?? q.level ?? q.language,
      r.required ? 'R' : 'P',
      q.equivalentAccepted ?? q.level ?? null,
    ];
  });
}
const levels = (text: string) => reqs(text).filter((r) => r[0] === 'education');
const types = (text: string) => extract({ text } as never).posting.employmentTypes;

describe('French-speaking degrees outside France', () => {
  it('reads a Québec baccalauréat with its field as the university degree', () => {
    expect(levels('Exigences :\n- Baccalauréat en génie logiciel ou l’équivalent')).toEqual([
      ['education', 'bachelor', 'R', true],
    ]);
  });

  it('reads the Québec college diploma, alone or as the lower alternative', () => {
    expect(levels('Qualifications :\n- Tu détiens un DEC en techniques de l’informatique')).toEqual(
      [['education', 'associate', 'R', false]],
    );
    expect(levels('Profil :\n- Un baccalauréat ou DEC en informatique de gestion')).toEqual([
      ['education', 'associate', 'R', false],
    ]);
    expect(levels('Profil :\n- D.E.C. ou BAC en génie électrique')).toEqual([
      ['education', 'associate', 'R', false],
    ]);
  });

  it('keeps the French baccalauréat a school diploma', () => {
    expect(levels('Profil :\n- Niveau baccalauréat ou équivalent exigé')).toEqual([
      ['education', 'high_school', 'R', true],
    ]);
  });

  it('reads the Belgian bachelier, and "bachelier ou master" at its lower level', () => {
    expect(levels('Profil :\n- Diplôme de bachelier en soins infirmiers')).toEqual([
      ['education', 'bachelor', 'R', false],
    ]);
    expect(
      levels('Profil :\n- Vous avez un diplôme en ergothérapie (bachelier ou master)'),
    ).toEqual([['education', 'bachelor', 'R', false]]);
  });

  it('hears "et équivalents", "qualifications similaires" and an experience path as equivalence', () => {
    expect(levels('Formation : CAP, BEP et équivalents - cuisine (exigé)')[0]).toEqual([
      'education',
      'vocational',
      'R',
      true,
    ]);
    expect(
      levels('Profil :\n* Bachelor ou Master en chimie (ou qualifications similaires)'),
    ).toEqual([['education', 'bachelor', 'R', true]]);
    expect(
      levels(
        'Profil :\n- CAP électricien ou une expérience professionnelle équivalente en câblage',
      ),
    ).toEqual([['education', 'vocational', 'R', true]]);
  });

  it('does not read a build master or the BEP diploma as anything else', () => {
    expect(levels('Intitulé : Build Master / intégration continue')).toEqual([]);
    expect(reqs('Profil :\n- Titulaire d’un BEP maintenance').map((r) => r[1])).toEqual([
      'vocational',
    ]);
  });
});

describe('French preference and status words', () => {
  it('reads "sont des plus" and "un atout important" as preferred, in French and German alike', () => {
    const fr = reqs(
      'Votre profil\n* Bon anglais; italien ou espagnol sont des plus\n* Expérience Ansible, un atout important',
    );
    expect(fr).toContainEqual(['language', 'it', 'P', null]);
    expect(fr).toContainEqual(['language', 'es', 'P', null]);
    expect(fr).toContainEqual(['skill', 'Ansible', 'P', null]);
    const de = reqs(
      'Ihr Profil\n* Gute Englischkenntnisse; Italienisch oder Spanisch sind ein Plus',
    );
    expect(de).toContainEqual(['language', 'it', 'P', null]);
  });

  it('takes "indépendant" as a contract only when it names the status', () => {
    expect(
      types('Nous cherchons une personne rigoureuse et indépendante pour notre équipe.'),
    ).toEqual([]);
    expect(types('Un média indépendant recrute un développeur.')).toEqual([]);
    expect(types('Vous exercez en tant qu’indépendante ou souhaitez le devenir.')).toEqual([
      'contract',
    ]);
    expect(types('Mission pour un consultant indépendant, six mois.')).toContain('contract');
  });
});

describe('driving licences written as records', () => {
  it('reads "Permis : B" and the French "EC" category as CE', () => {
    expect(reqs('Permis : B - Véhicule léger (exigé)')).toEqual([
      ['license', 'Driving licence (B)', 'R', null],
    ]);
    expect(reqs('Titulaire du permis EC et de la carte conducteur')).toEqual([
      ['license', 'Driving licence (CE)', 'R', null],
    ]);
    expect(reqs('Führerschein: B erforderlich')).toEqual([
      ['license', 'Driving licence (B)', 'R', null],
    ]);
    expect(reqs('Le permis : les règles changent en mai.')).toEqual([]);
  });
});

describe('French truck licences', () => {
  it('reads PL and SPL as the EU categories C and CE', () => {
    expect(reqs('Permis PL obligatoire')).toEqual([['license', 'Driving licence (C)', 'R', null]]);
    expect(reqs('Vous avez le permis SPL et la FIMO.')).toEqual([
      ['license', 'Driving licence (CE)', 'R', null],
    ]);
    expect(reqs('Le PL part à six heures.')).toEqual([]);
  });
});

describe('Swiss French degrees', () => {
  it('reads the certificat fédéral de capacité, the HES and the maturités at their levels', () => {
    expect(
      levels(
        'Votre profil :\n- Certificat fédéral de capacité d’électricien ou titre jugé équivalent',
      ),
    ).toEqual([['education', 'vocational', 'R', true]]);
    expect(levels('Votre profil :\n- Bachelor HES en économie d’entreprise')).toEqual([
      ['education', 'bachelor', 'R', false],
    ]);
    expect(
      levels('Votre profil :\n- Diplôme d’une haute école spécialisée en travail social'),
    ).toEqual([['education', 'bachelor', 'R', false]]);
    expect(levels('Votre profil :\n- Maturité gymnasiale ou maturité professionnelle')).toEqual([
      ['education', 'high_school', 'R', false],
    ]);
    expect(levels('Apprentissage de logisticien AFP ou CFC - rentrée 2026')).toEqual([]);
    expect(levels('Vous faites preuve de maturité et de tact.')).toEqual([]);
  });

  it('reads the German-Swiss names as before', () => {
    expect(levels('Ihr Profil:\n- Abgeschlossene Lehre als Elektroinstallateur EFZ')).toEqual([
      ['education', 'vocational', 'R', false],
    ]);
  });
});
