import type { LangCode } from '../extract/lexicon/types';

/**
 * The words a job title is read with, one table per language (roles.ts reads them all): what ranks
 * a role, which nouns frame a field, which nouns name their own field, and, for languages that
 * write one word for a title ("Softwareentwickler"), the role nouns such a word can end in.
 */
export interface RoleWords {
  /** Words that rank or frame a role and say nothing of its field ("senior", "stagiaire"). */
  rank: readonly string[];
  /** Role nouns whose field is the rest of the title ("Marketing Assistant" → "Marketing"). */
  frame: readonly string[];
  /** Role nouns that name their own field, taking its place ("Data Analyst" → "Data Analysis"). */
  ownField: Readonly<Record<string, string>>;
  /** Linking words left at either end once the role noun is gone ("de", "of", "für"). */
  link: readonly string[];
  /** A suffix that makes a role noun feminine ("Leiterin"), read as the noun itself. */
  feminine?: string;
  /**
   * Role nouns a one-word title ends in, with what they leave as its field: a noun to put in their
   * place ("Projektleiter" → "Projektleitung"), or null for the start alone ("Vertriebsmitarbeiter"
   * → "Vertrieb").
   */
  compound?: Readonly<Record<string, string | null>>;
}

const words = (...lines: string[]) => lines.join(' ').split(' ');

const en: RoleWords = {
  rank: words(
    'senior sr sr. junior jr jr. principal staff chief deputy acting interim team trainee intern',
    'graduate freelance part-time full-time head lead i ii iii iv',
  ),
  frame: words(
    'manager specialist assistant advisor adviser agent representative rep coordinator officer',
    'associate executive supervisor director owner founder clerk operator member partner',
  ),
  ownField: {
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
  },
  link: words('of for in'),
};

const fr: RoleWords = {
  rank: words(
    'stagiaire alternant alternante apprenti apprentie adjoint adjointe principal principale',
    'junior senior confirmé confirmée',
  ),
  frame: words(
    'chargé chargée responsable assistant assistante conseiller conseillère chef',
    'directeur directrice gestionnaire coordinateur coordinatrice technicien technicienne',
  ),
  ownField: {
    développeur: 'Développement',
    développeuse: 'Développement',
    ingénieur: 'Ingénierie',
    ingénieure: 'Ingénierie',
    analyste: 'Analyse',
    acheteur: 'Achats',
    acheteuse: 'Achats',
    formateur: 'Formation',
    formatrice: 'Formation',
    traducteur: 'Traduction',
    traductrice: 'Traduction',
    infirmier: 'Soins infirmiers',
    infirmière: 'Soins infirmiers',
  },
  link: words('de du des d la le en'),
};

const de: RoleWords = {
  rank: words(
    'werkstudent werkstudentin praktikant praktikantin stellvertretender stellvertretende',
  ),
  frame: words('mitarbeiter leiter referent sachbearbeiter spezialist assistent fachkraft'),
  ownField: {
    berater: 'Beratung',
    entwickler: 'Entwicklung',
    buchhalter: 'Buchhaltung',
    ingenieur: 'Ingenieurwesen',
    einkäufer: 'Einkauf',
  },
  link: words('für im der des'),
  feminine: 'in',
  compound: {
    entwickler: 'entwicklung',
    leiter: 'leitung',
    berater: 'beratung',
    buchhalter: 'buchhaltung',
    manager: 'management',
    mitarbeiter: null,
    sachbearbeiter: null,
    referent: null,
    assistent: null,
    spezialist: null,
    kaufmann: null,
    kauffrau: null,
  },
};

const es: RoleWords = {
  rank: words('becario becaria practicante'),
  frame: words(
    'asistente responsable jefe jefa gerente asesor asesora coordinador coordinadora especialista',
  ),
  ownField: {
    desarrollador: 'Desarrollo',
    desarrolladora: 'Desarrollo',
    ingeniero: 'Ingeniería',
    ingeniera: 'Ingeniería',
    analista: 'Análisis',
    programador: 'Programación',
    programadora: 'Programación',
    diseñador: 'Diseño',
    diseñadora: 'Diseño',
  },
  link: words('de del la en'),
};

const it: RoleWords = {
  rank: words('stagista tirocinante'),
  frame: words(
    'responsabile impiegato impiegata addetto addetta assistente consulente coordinatore',
    'coordinatrice',
  ),
  ownField: {
    sviluppatore: 'Sviluppo',
    sviluppatrice: 'Sviluppo',
    ingegnere: 'Ingegneria',
    programmatore: 'Programmazione',
    programmatrice: 'Programmazione',
    progettista: 'Progettazione',
  },
  link: words('di del della in'),
};

const pt: RoleWords = {
  rank: words('estagiário estagiária'),
  frame: words(
    'coordenador coordenadora consultor consultora encarregado encarregada gerente assistente',
  ),
  ownField: {
    desenvolvedor: 'Desenvolvimento',
    desenvolvedora: 'Desenvolvimento',
    programador: 'Programação',
    engenheiro: 'Engenharia',
    engenheira: 'Engenharia',
    analista: 'Análise',
  },
  link: words('de do da dos das em'),
};

const nl: RoleWords = {
  rank: words('stagiair'),
  frame: words('medewerker medewerkster adviseur coördinator coordinator beheerder'),
  ownField: {
    ontwikkelaar: 'Ontwikkeling',
    programmeur: 'Programmering',
    boekhouder: 'Boekhouding',
    ingenieur: 'Engineering',
  },
  link: words('van voor in'),
  compound: {
    medewerker: null,
    medewerkster: null,
    ontwikkelaar: 'ontwikkeling',
    boekhouder: 'boekhouding',
    manager: 'management',
  },
};

// Words that are also adjectives ("expertise comptable", "soporte técnico") are left out: a posting's
// field ending in one would lose it.

/** One entry per language; where two share a noun, the one listed first gives its field. */
export const ROLE_WORDS: Readonly<Record<LangCode, RoleWords>> = { en, fr, de, es, it, pt, nl };
