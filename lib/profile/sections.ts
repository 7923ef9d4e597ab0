/**
 * A résumé cut into its sections ("Experience", "Formation", "Sprachen"...), line by line, so each
 * parser reads only the lines it understands: dates under Education are not work experience.
 */

export type ResumeSection =
  | 'experience'
  | 'education'
  | 'skills'
  | 'languages'
  | 'certifications'
  | 'other';

export interface ResumeLine {
  text: string;
  section: ResumeSection | null;
}

/** Heading words by section, in English, French, German, Spanish, Italian and Portuguese. */
const HEADINGS: [ResumeSection, RegExp][] = [
  [
    'experience',
    /^(?:(?:work|professional|relevant|employment|career)\s)?(?:experiences?|history|employment)(?:\shistory)?$|^exp[ée]riences?(?:\sprofessionnelles?)?$|^parcours(?:\sprofessionnel)?$|^berufserfahrung$|^berufliche(?:r)?\s(?:werdegang|erfahrung)$|^experiencia(?:\s(?:laboral|profesional))?$|^esperienz[ae](?:\s(?:lavorativ[ae]|professional[ei]))?$|^experi[êe]ncia(?:\sprofissional)?$/,
  ],
  [
    'education',
    /^education(?:\s(?:and|&)\strainings?)?$|^academic\s(?:background|qualifications)$|^formations?$|^[ée]tudes$|^dipl[ôo]mes$|^(?:aus)?bildung$|^studium$|^educaci[óo]n$|^formaci[óo]n(?:\sacad[ée]mica)?$|^istruzione$|^forma[çc][ãa]o(?:\sacad[êe]mica)?$|^formazione$|^opleiding(?:en)?$|^onderwijs$/,
  ],
  [
    'skills',
    /^(?:(?:technical|key|core|hard|it)\s)?(?:skills|competencies|tools)(?:\s(?:and|&)\s(?:tools|technologies))?$|^comp[ée]tences(?:\stechniques)?$|^outils$|^(?:it-)?kenntnisse$|^f[äa]higkeiten$|^habilidades$|^competencias$|^competenze$|^compet[êe]ncias$/,
  ],
  [
    'languages',
    /^languages?$|^langues?$|^sprach(?:en|kenntnisse)$|^idiomas$|^lingue$|^l[íi]nguas$/,
  ],
  [
    'certifications',
    /^(?:licen[cs]es\s(?:and|&)\s)?certifications?(?:\s(?:and|&)\slicen[cs]es)?$|^certificates$|^zertifi(?:kate|zierungen)$|^certificaciones$|^certificazioni$|^certifica[çc][õo]es$/,
  ],
  [
    'other',
    /^(?:summary|profile|about(?:\sme)?|objective|interests|hobbies|references|projects|publications|volunteering|awards|contact|profil|centres d'int[ée]r[êe]t|int[ée]r[êe]ts|loisirs|hobbys|interessen|perfil|intereses|interessi|sobre mim)$/,
  ],
];

/** A heading alone on its line ("EXPERIENCE", "Work history:"), or the section word of "Skills: ...". */
function headingOf(line: string): { section: ResumeSection; rest: string } | null {
  const m = /^\s{0,8}([\p{L}'&\s-]{3,40}?)\s{0,3}(?::\s{0,3}(.{0,2000})|$)/u.exec(line);
  if (!m?.[1]) return null;
  const word = m[1].toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [section, pattern] of HEADINGS) {
    if (pattern.test(word)) return { section, rest: (m[2] ?? '').trim() };
  }
  return null;
}

export function resumeLines(text: string): ResumeLine[] {
  const out: ResumeLine[] = [];
  let section: ResumeSection | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const heading = headingOf(line);
    if (heading?.rest) {
      // "Tools: Zendesk, JIRA" inside a role labels that line only, not what follows.
      out.push({ text: heading.rest, section: heading.section });
    } else if (heading) {
      section = heading.section;
    } else {
      out.push({ text: line, section });
    }
  }
  return out;
}
