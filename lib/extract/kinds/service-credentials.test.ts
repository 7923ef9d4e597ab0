import { describe, expect, it } from 'vitest';
import { extract } from '../index';

/** Each named item (skill, certification, licence) the engine reads, "kind:name", "?" if preferred. */
function named(...lines: string[]): string[] {
  return extract({ text: lines.join('\n') }).requirements.flatMap((r) =>
    r.kind === 'skill' || r.kind === 'certification' || r.kind === 'license'
      ? [`${r.kind}:${r.name}${r.required ? '' : '?'}`]
      : [],
  );
}

describe('credentials and tools of service, care and outdoor jobs', () => {
  it('reads a first aid certificate in several languages, once', () => {
    expect(
      named('Lifeguard', '', 'Requirements:', '- Current Emergency First Aid and CPR'),
    ).toEqual(['certification:First Aid', 'certification:CPR']);
    expect(
      named('Erzieher (m/w/d)', '', 'Ihr Profil:', '- Erste-Hilfe-Kurs nicht älter als zwei Jahre'),
    ).toEqual(['certification:First Aid']);
    expect(
      named('Monitor de tiempo libre', '', 'Requisitos:', '- Curso de primeros auxilios'),
    ).toEqual(['certification:First Aid']);
    expect(
      named('Pedagogisch medewerker', '', 'Wat vragen wij:', '- Een geldig EHBO-diploma'),
    ).toEqual(['certification:First Aid']);
  });

  it('reads the till as a tool only when it is named as a system or a device', () => {
    expect(
      named(
        'Shift Supervisor',
        '',
        'What you bring:',
        '- Confident using POS systems and handling cash',
      ),
    ).toEqual(['skill:POS system']);
    expect(
      named('Crew Member', '', 'Duties:', '- Takes orders on the POS device and serves drinks'),
    ).toEqual(['skill:POS system']);
    expect(
      named(
        'Grafikdesigner (m/w/d)',
        '',
        'Aufgaben:',
        '- Gestaltung von Flyern und POS-Materialien',
      ),
    ).toEqual([]);
  });

  it('reads no skill in the employer taking part in E-Verify', () => {
    expect(
      named(
        'Line Cook',
        '',
        'Requirements:',
        '- Two years in a busy kitchen',
        '',
        'Our company takes part in E-Verify to confirm that new hires may work in the United States.',
      ),
    ).toEqual([]);
  });
});

describe('French technical postings', () => {
  const levels = (text: string) =>
    extract({ text }).requirements.flatMap((r) => (r.kind === 'education' ? [r.level] : []));

  it('reads a speciality code after a diploma as part of it, not as a master ("BTS MS")', () => {
    expect(
      levels('Électromécanicien\n\nProfil :\n- Bac+2 technique (BTS MS, DUT GEII) exigé'),
    ).toEqual(['associate']);
    // A master's named on its own is still one.
    expect(
      levels('Data Scientist\n\nRequirements:\n- MS in Statistics or a related field'),
    ).toEqual(['master']);
  });

  it('reads the electrical clearance as a certification', () => {
    expect(
      named('Électricien bâtiment', '', 'Profil :', '- Habilitation électrique BR/B2V à jour'),
    ).toEqual(['certification:Habilitation électrique']);
  });
});
