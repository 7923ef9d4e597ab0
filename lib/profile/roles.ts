/**
 * From a job title on a résumé to the field of work it stands for: "Senior Support Specialist" →
 * "Support", "Data Analyst" → "Data Analysis", "Chargée de communication" → "Communication". A
 * posting asks for years *in a field* ("5 years in customer support"), so the profile keeps fields,
 * not titles; roles in one field add up.
 */

/** Words that rank or frame a role and say nothing of its field. */
const RANK = new Set(
  [
    // en
    'senior sr sr. junior jr jr. principal staff chief deputy acting interim team trainee intern',
    'graduate freelance part-time full-time head lead i ii iii iv',
    // fr, de, es, it, pt, nl
    'stagiaire alternant alternante apprenti apprentie adjoint adjointe principal principale',
    'werkstudent werkstudentin praktikant praktikantin stellvertretender stellvertretende',
    'becario becaria practicante stagista tirocinante estagiário estagiária stagiair',
  ]
    .join(' ')
    .split(' '),
);

/** Role nouns whose field is the rest of the title ("Marketing Assistant" → "Marketing"). */
const FRAME = new Set(
  [
    // en
    'manager specialist assistant advisor adviser agent representative rep coordinator officer',
    'associate executive supervisor director owner founder clerk operator member partner',
    // fr
    'chargé chargée responsable assistant assistante conseiller conseillère chef directeur',
    'directrice gestionnaire coordinateur coordinatrice',
    // de
    'mitarbeiter mitarbeiterin leiter leiterin referent referentin sachbearbeiter',
    'sachbearbeiterin spezialist spezialistin assistent assistentin fachkraft',
    // es, it, pt
    'asistente responsable jefe jefa gerente asesor asesora coordinador coordinadora especialista',
    'responsabile impiegato impiegata addetto addetta assistente consulente coordinatore',
    'coordinatrice coordenador coordenadora consultor consultora encarregado encarregada',
    // nl
    'medewerker medewerkster adviseur coördinator coordinator beheerder',
  ]
    .join(' ')
    .split(' '),
);

/** Role nouns that name their own field ("Software Engineer" → "Software Engineering"). */
const OWN_FIELD: Record<string, string> = {
  accountant: 'Accounting',
  administrator: 'Administration',
  analyst: 'Analysis',
  architect: 'Architecture',
  auditor: 'Audit',
  buyer: 'Purchasing',
  consultant: 'Consulting',
  designer: 'Design',
  developer: 'Development',
  editor: 'Editing',
  engineer: 'Engineering',
  lecturer: 'Teaching',
  marketer: 'Marketing',
  nurse: 'Nursing',
  programmer: 'Programming',
  recruiter: 'Recruiting',
  researcher: 'Research',
  scientist: 'Science',
  teacher: 'Teaching',
  trainer: 'Training',
  translator: 'Translation',
  writer: 'Writing',
  berater: 'Beratung',
  beraterin: 'Beratung',
  entwickler: 'Entwicklung',
  entwicklerin: 'Entwicklung',
};

/** A manager of these manages them: "Project Manager" → "Project Management". */
const MANAGED = new Set(
  'project projects product products program programme account accounts office property case'.split(
    ' ',
  ),
);

/** Linking words left at either end once the role noun is gone ("de", "of", "für"). */
const LINK = new Set(
  'of for de du des d la le en in für im der des di del della do da dos van voor en'.split(' '),
);

const strip = (word: string) => word.toLowerCase().replace(/^[(]+|[),.:;]+$/g, '');

function trimLinks(words: string[]): string[] {
  let from = 0;
  let to = words.length;
  while (from < to && LINK.has(strip(words[from] ?? ''))) from++;
  while (to > from && LINK.has(strip(words[to - 1] ?? ''))) to--;
  return words.slice(from, to);
}

/** Whether a word is a role noun a title ends in ("Developer", "Manager", "nurse"). */
export function isRoleNoun(word: string): boolean {
  const key = strip(word);
  return FRAME.has(key) || Object.hasOwn(OWN_FIELD, key);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The field a job title stands for, or the title itself when no field can be told apart. */
export function fieldOfTitle(title: string): string {
  // "Manager, Customer Success" and "Manager – Sales": the field is the part after the role.
  const words = title
    .replace(/[,–—/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^\d/.test(w))
    .slice(0, 12);
  const kept: string[] = [];
  let own: string | null = null;
  let managed = false;
  for (const word of words) {
    const key = strip(word).replace(/\((?:in|m\/w\/d|w\/m\/d|h\/f|f\/h|m\/f)\)$/, '');
    if (RANK.has(key)) continue;
    if (key === 'manager' || key === 'management') managed = true;
    if (FRAME.has(key)) continue;
    const field = OWN_FIELD[key];
    if (field) {
      own = field;
      continue;
    }
    kept.push(word.replace(/[,.:;]+$/, ''));
  }
  const rest = trimLinks(kept);
  if (own) {
    const last = rest.at(-1) ?? '';
    const upper = last === '' || last.charAt(0) !== last.charAt(0).toLowerCase();
    return capitalised([...rest, upper ? own : own.toLowerCase()].join(' '));
  }
  if (rest.length === 0) return title.trim();
  const onlyWord = rest.length === 1 ? strip(rest[0] ?? '') : '';
  const field = managed && MANAGED.has(onlyWord) ? [...rest, 'management'] : rest;
  return capitalised(field.join(' '));
}
