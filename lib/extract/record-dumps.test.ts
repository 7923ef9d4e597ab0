import { describe, expect, it } from 'vitest';
import { extract } from './index';

/**
 * Facts met in scraped job dumps (UK and Australian board exports, Indian and New Zealand records,
 * German profile extracts): two-line record headers, degrees offered as alternatives, years closing
 * a list item, a labelled town under the record's place. Every text here is written for the test,
 * modelled on the pattern, not copied.
 */

const posting = (text: string) => extract({ text }).posting;
const requirements = (text: string) => extract({ text }).requirements;
const education = (text: string) =>
  requirements(text).flatMap((r) =>
    r.kind === 'education' ? [[r.level, r.required, r.equivalentAccepted]] : [],
  );
const years = (text: string) =>
  requirements(text).flatMap((r) =>
    r.kind === 'experience' && r.minYears !== null ? [[r.minYears, r.field]] : [],
  );

describe('a record of two header lines: the title, then the employer', () => {
  it('reads the short name under the title when an empty line and the body follow', () => {
    const de = posting(
      'Backend Entwicklerin\nMusterwerk\n\nDu baust mit uns Schnittstellen für Logistikkunden und ' +
        'betreust sie im Betrieb.\n\nDein Profil:\n- Erfahrung mit Go',
    );
    expect(de.title).toBe('Backend Entwicklerin');
    expect(de.company).toBe('Musterwerk');
    const en = posting(
      'Structures Test Engineer\nOrbital Works\n\n- Fatigue and vibration analysis\n- A degree in ' +
        'mechanical engineering',
    );
    expect(en.company).toBe('Orbital Works');
  });

  it('leaves a code or an ordinary word on the second line alone', () => {
    expect(
      posting(
        'Payments Product Lead\nLHR\n\nWe build the tools that merchants use to take payments ' +
          'across Europe and beyond.',
      ).company,
    ).toBeNull();
    expect(
      posting(
        'Werkstudent Vertrieb (m/w/d)\nAlle\n\nWir suchen für alle Standorte Studierende, die ' +
          'unser Vertriebsteam im Alltag unterstützen.',
      ).company,
    ).toBeNull();
  });

  it('takes a bare town for no employer: by its ending, or after "in" in the body', () => {
    expect(
      posting(
        'Warehouse Supervisor\nSouthfield\n\nWe distribute building supplies to trade customers ' +
          'across the region from two depots.',
      ).company,
    ).toBeNull();
    expect(
      posting(
        'Kundenberater (m/w/d)\nLindau\n\nWir sind ein familiengeführtes Autohaus in Lindau mit ' +
          'achtzig Mitarbeitenden und suchen Verstärkung.',
      ).company,
    ).toBeNull();
  });

  it('lets a name the text gives itself win over the layout', () => {
    expect(
      posting(
        'Praktikum Softwareentwicklung (m/w/d)\nAlle\n\nWir, die Nordlicht-Gruppe, entwickeln seit ' +
          'Jahren Software für Versicherer und Banken in ganz Europa.',
      ).company,
    ).toBe('Nordlicht-Gruppe');
  });
});

describe('degrees offered as alternatives: the lowest one counts', () => {
  it('reads a trade apprenticeship after a degree with its subjects in brackets', () => {
    expect(
      education(
        'Dein Profil\n- Ein abgeschlossenes Studium (Informatik, Mathematik), eine Ausbildung als ' +
          'Fachinformatiker (m/w/d) oder eine vergleichbare Qualifikation',
      ),
    ).toEqual([['vocational', true, true]]);
  });

  it('reads an apprenticeship offered in a clause of its own after "oder"', () => {
    expect(
      education(
        'Dein Profil\n- Du hast ein Hochschulstudium der Informatik abgeschlossen oder verfügst ' +
          'über eine Ausbildung im IT-Bereich',
      ),
    ).toEqual([['vocational', true, false]]);
  });

  it('keeps a related subject out of the alternatives', () => {
    expect(
      education(
        "Requirements\n- Master's degree in physics or related field and a PhD is a plus",
      ).map((e) => e[0]),
    ).toContain('master');
  });
});

describe('the other way in, after a degree', () => {
  it('reads "bzw." as an "or" and another convincing path as an equivalent', () => {
    expect(
      education(
        'Dein Profil\n- Idealerweise ein Studium der Informatik bzw. Medieninformatik oder ein ' +
          'anderer überzeugender Werdegang',
      ),
    ).toEqual([['bachelor', false, true]]);
  });

  it('reads "educated to degree standard or equivalent"', () => {
    expect(
      education('Desirable:\n- Educated to degree standard or equivalent practical experience'),
    ).toEqual([['bachelor', false, true]]);
  });
});

describe('degree fields and qualifications the job leads to', () => {
  it('reads an Indian record\'s "Qualification: Graduate" as a first degree', () => {
    expect(education('Territory Sales Officer\n\nEducational Qualification: Graduate')).toEqual([
      ['bachelor', true, false],
    ]);
  });

  it('keeps a certificate the training ends with out of the requirements', () => {
    expect(
      education(
        'About the role\nAfter the twelve-week course you will obtain a Certificate III in ' +
          'Warehousing Operations.',
      ),
    ).toEqual([]);
    expect(
      education(
        'Deine Ausbildung\nNach drei Jahren erwirbst du den Abschluss als Kaufmann im Einzelhandel.',
      ),
    ).toEqual([]);
  });
});

describe('years closing a list item that opens with the experience noun', () => {
  it('reads the years in brackets and the words after the noun as the field', () => {
    expect(
      years(
        'About You\n- Experience running warehouse systems for a freight carrier (4+ years)\n' +
          '- Prior experience as a network planner (2 years)',
      ),
    ).toEqual([
      [4, 'running warehouse systems for a freight carrier'],
      [2, expect.stringContaining('network plann')],
    ]);
  });
});

describe('a labelled town under the record place', () => {
  it('adds the ad\'s "Location:" town to the record\'s', () => {
    expect(
      posting(
        'Claims Team Leader\nHarbour Motor Group\nShipley\n\nApply now\nLocation: Keighley\nHours: ' +
          'Full time\n\nWe are growing our claims team.',
      ).locations,
    ).toEqual(['Shipley', 'Keighley']);
  });

  it('does not repeat the record town written another way', () => {
    expect(
      posting(
        'Field Auditor\nLone Star Audit\nDallas, TX, US\n\nPrimary Location: Texas-Dallas\n\nAbout',
      ).locations,
    ).toEqual(['Dallas, TX, US']);
  });
});

describe('travel words that measure a commute', () => {
  it('reads "within travelling distance of the office" as no travel', () => {
    const text =
      'Business Analyst\n\nYou will need to live within a reasonable travelling distance of our ' +
      'Leeds office, which you visit weekly.';
    expect(requirements(text).some((r) => r.kind === 'travel')).toBe(false);
  });
});

describe("the company's seat and an ad's remark", () => {
  it('reads "our head office based in Perth" as no work model', () => {
    expect(
      posting(
        'Store Assistant\n\nWe run forty shops across the country and our head office based in ' +
          'Perth looks after them all.',
      ).workplace,
    ).toBeNull();
    expect(posting('Store Assistant\n\nThis role is office-based in Perth.').workplace).toBe(
      'onsite',
    );
  });

  it("keeps the record's title when the ad's title label adds a remark in brackets", () => {
    expect(
      posting(
        'Payroll Lead\nNorthgate Foods\nWakefield\n\nJob Title: Payroll Lead (team management ' +
          'experience essential)\nHours: Full time\n\nWe make pies.',
      ).title,
    ).toBe('Payroll Lead');
    expect(
      posting('Job Title: Payroll Lead (Maternity Cover)\nHours: Full time\n\nWe make pies.').title,
    ).toBe('Payroll Lead (Maternity Cover)');
  });
});

describe('office days counted in one word', () => {
  it.each([
    'The post needs you at our head office in Derby at least once a week.',
    'You will be in the office twice a week and work from home otherwise.',
    'Du arbeitest zweimal pro Woche im Büro, sonst mobil.',
    'Je werkt tweemaal per week op kantoor.',
  ])('reads "%s" as hybrid', (sentence) => {
    expect(posting(`Analyst\n\n${sentence}`).workplace).toBe('hybrid');
  });

  it('reads a weekly meeting as no work model', () => {
    expect(posting('Analyst\n\nOur whole team meets once a week.').workplace).toBeNull();
  });
});
