/**
 * The words fit reads a field of work by ("3+ years in customer support", "Master en
 * informatique"), one table per language. Every word is written as `fieldWords` folds text:
 * lowercase, without accents. A posting's field and the profile's may be in two languages: each
 * language's words fold to the English word of their field, so "développement de logiciels",
 * "desenvolvimento" and "Softwareentwicklung" all read as software development.
 */
export interface FieldWordTable {
  /** Words that say nothing of the field itself ("experience", "in", "role"). */
  stop: readonly string[];
  /** A word and the English word of its field ("ventes" → "sales", "developer" → "development"). */
  family: Readonly<Record<string, string>>;
  /** Phrases read as one word before the text is split ("customer service" → "support"). */
  phrases: readonly (readonly [string, string])[];
  /**
   * The last part of a compound and the English word of its field, for languages that write
   * compounds ("softwareentwicklung" → software, development).
   */
  compoundHeads: Readonly<Record<string, string>>;
  /** Words that join alternatives ("sales or marketing"); each stands between spaces. */
  joins: readonly string[];
}

type Lang = 'en' | 'fr' | 'de' | 'es' | 'it' | 'pt' | 'nl';

/** Space-separated words, for short lists. */
const list = (words: string): string[] => words.split(/\s+/).filter(Boolean);

/** Each word of a space-separated list, folded to one English word. */
const to = (english: string, words: string): Record<string, string> =>
  Object.fromEntries(list(words).map((w) => [w, english]));

const en: FieldWordTable = {
  stop: list(
    'a an and area areas at based environment equivalent experience field fields for function ' +
      'ideally in industry junior lead of on or position preferably professional related ' +
      'relevant role roles senior setting similar the to with work working year years',
  ),
  family: {
    accountant: 'accounting',
    admin: 'administration',
    administrator: 'administration',
    analysis: 'analytics',
    analyst: 'analytics',
    analytic: 'analytics',
    analytical: 'analytics',
    ads: 'advertising',
    consultant: 'consulting',
    designer: 'design',
    dev: 'development',
    develop: 'development',
    developer: 'development',
    engineer: 'engineering',
    manage: 'management',
    manager: 'management',
    marketer: 'marketing',
    nurse: 'nursing',
    operation: 'operations',
    operational: 'operations',
    ops: 'operations',
    recruiter: 'recruiting',
    recruitment: 'recruiting',
    bookkeeper: 'bookkeeping',
    auditor: 'audit',
    auditing: 'audit',
    tutor: 'tutoring',
    programmer: 'programming',
    researcher: 'research',
    sale: 'sales',
    seller: 'sales',
    selling: 'sales',
    teacher: 'teaching',
    writer: 'writing',
    informatics: 'computing',
  },
  phrases: [
    ['business development', 'bizdev'],
    ['business intelligence', 'bi'],
    ['talent acquisition', 'recruiting'],
    ['human resources', 'hr'],
    ['health care', 'healthcare'],
    ['computer science', 'computing'],
    ['computer sciences', 'computing'],
    // Engineering other than software's: its own field ("Civil Engineering" is not programming).
    ['civil engineering', 'civilengineering'],
    ['structural engineering', 'structuralengineering'],
    ['mechanical engineering', 'mechanicalengineering'],
    ['electrical engineering', 'electricalengineering'],
    ['electronic engineering', 'electronicengineering'],
    ['chemical engineering', 'chemicalengineering'],
    ['industrial engineering', 'industrialengineering'],
    ['environmental engineering', 'environmentalengineering'],
    ['biomedical engineering', 'biomedicalengineering'],
  ],
  compoundHeads: {},
  joins: list('and or'),
};

const fr: FieldWordTable = {
  stop: list(
    'de des du d la le les l a au aux en dans un une et ou sur pour avec domaine domaines ' +
      'secteur poste postes role roles fonction fonctions experience experiences lies liees ' +
      'similaire similaires equivalent equivalente milieu environnement',
  ),
  family: {
    ...to('project', 'projet projets'),
    ...to('sales', 'vente ventes vendeur vendeuse'),
    ...to('development', 'developpement developpeur developpeuse'),
    ...to('programming', 'programmeur programmation'),
    ...to('software', 'logiciel logiciels'),
    ...to('computing', 'informatique'),
    ...to('accounting', 'comptabilite comptable'),
    ...to('finance', 'finances financier financiere'),
    ...to('nursing', 'infirmier infirmiere infirmiers'),
    ...to('healthcare', 'sante hospitalier hospitaliere'),
    ...to('teaching', 'enseignement enseignant enseignante'),
    ...to('training', 'formation formateur formatrice'),
    ...to('recruiting', 'recrutement recruteur'),
    ...to('communications', 'communication'),
    ...to('engineering', 'ingenierie ingenieur'),
    ...to('analytics', 'analyse analyste'),
    ...to('statistics', 'statistique statistiques'),
    ...to('management', 'gestion'),
    ...to('research', 'recherche'),
    ...to('consulting', 'conseil consultant consultante'),
    ...to('logistics', 'logistique'),
  },
  phrases: [
    ['service client', 'support'],
    ['service clients', 'support'],
    ['relation client', 'support'],
    ['ressources humaines', 'hr'],
    ['genie civil', 'civilengineering'],
    ['genie mecanique', 'mechanicalengineering'],
    ['genie electrique', 'electricalengineering'],
  ],
  compoundHeads: {},
  joins: list('et ou'),
};

const de: FieldWordTable = {
  stop: list(
    'der die das den dem des im in mit und oder von vom zur zum fur als bereich bereichen ' +
      'erfahrung erfahrungen umfeld einem einer eine ein vergleichbaren vergleichbarer position ' +
      'funktion tatigkeit branche',
  ),
  family: {
    ...to('project', 'projekt projekte projekten'),
    ...to('sales', 'vertrieb verkauf verkaufer verkauferin'),
    ...to('development', 'entwicklung entwickler entwicklerin'),
    ...to('programming', 'programmierung programmierer'),
    ...to('computing', 'informatik'),
    ...to('accounting', 'buchhaltung rechnungswesen buchhalter buchhalterin'),
    ...to('finance', 'finanzen finanzwesen'),
    ...to('nursing', 'pflege krankenpflege pflegekraft'),
    ...to('healthcare', 'gesundheitswesen'),
    ...to('teaching', 'lehre unterricht lehrer lehrerin'),
    ...to('recruiting', 'rekrutierung personalbeschaffung recruiting'),
    ...to('hr', 'personalwesen'),
    ...to('communications', 'kommunikation'),
    ...to('engineering', 'ingenieurwesen ingenieur ingenieurin'),
    ...to('analytics', 'analyse'),
    ...to('statistics', 'statistik'),
    ...to('administration', 'verwaltung'),
    ...to('research', 'forschung'),
    ...to('consulting', 'beratung berater beraterin'),
    ...to('logistics', 'logistik'),
    ...to('support', 'kundenservice kundendienst kundenbetreuung'),
  },
  phrases: [],
  compoundHeads: {
    ...to('development', 'entwicklung entwickler'),
    ...to('computing', 'informatik'),
    ...to('sales', 'vertrieb verkauf'),
    ...to('accounting', 'buchhaltung'),
    ...to('nursing', 'pflege'),
    ...to('consulting', 'beratung'),
    ...to('marketing', 'marketing'),
    ...to('management', 'management'),
    ...to('administration', 'verwaltung'),
    ...to('analytics', 'analyse'),
  },
  joins: list('und oder sowie'),
};

const es: FieldWordTable = {
  stop: list(
    'de del la el los las en y o u un una con para sector area areas puesto puestos funciones ' +
      'funcion experiencia similares similar equivalente entornos entorno rol roles',
  ),
  family: {
    ...to('project', 'proyecto proyectos'),
    ...to('sales', 'ventas venta vendedor vendedora'),
    ...to('development', 'desarrollo desarrollador desarrolladora'),
    ...to('programming', 'programador programadora programacion'),
    ...to('software', 'aplicaciones'),
    ...to('computing', 'informatica computacion'),
    ...to('accounting', 'contabilidad contable contador contadora'),
    ...to('finance', 'finanzas financiero financiera'),
    ...to('nursing', 'enfermeria enfermero enfermera'),
    ...to('healthcare', 'salud sanitario sanitaria hospitalario hospitalaria'),
    ...to('teaching', 'ensenanza docente profesor profesora docencia'),
    ...to('training', 'formacion'),
    ...to('recruiting', 'reclutamiento seleccion'),
    ...to('communications', 'comunicacion'),
    ...to('engineering', 'ingenieria ingeniero ingeniera'),
    ...to('analytics', 'analisis analista'),
    ...to('statistics', 'estadistica'),
    ...to('management', 'gestion'),
    ...to('administration', 'administracion'),
    ...to('research', 'investigacion'),
    ...to('consulting', 'consultoria consultor consultora'),
    ...to('logistics', 'logistica'),
  },
  phrases: [
    ['atencion al cliente', 'support'],
    ['servicio al cliente', 'support'],
    ['recursos humanos', 'hr'],
    ['ingenieria civil', 'civilengineering'],
    ['ingenieria mecanica', 'mechanicalengineering'],
    ['ingenieria electrica', 'electricalengineering'],
  ],
  compoundHeads: {},
  joins: list('y o u'),
};

const it: FieldWordTable = {
  stop: list(
    'di del della dello dei degli delle in nel nella nei e o un una uno con per settore ambito ' +
      'ruolo ruoli mansioni esperienza esperienze simili analoghi analoga analogo equivalente',
  ),
  family: {
    ...to('project', 'progetto progetti'),
    ...to('sales', 'vendite vendita venditore venditrice'),
    ...to('development', 'sviluppo sviluppatore sviluppatrice'),
    ...to('programming', 'programmatore programmatrice programmazione'),
    ...to('computing', 'informatica'),
    ...to('accounting', 'contabilita contabile'),
    ...to('finance', 'finanza finanziario finanziaria'),
    ...to('nursing', 'infermieristica infermiere infermiera'),
    ...to('healthcare', 'sanita sanitario sanitaria ospedaliero ospedaliera'),
    ...to('teaching', 'insegnamento insegnante docente docenza'),
    ...to('training', 'formazione'),
    ...to('recruiting', 'reclutamento selezione'),
    ...to('communications', 'comunicazione'),
    ...to('engineering', 'ingegneria ingegnere'),
    ...to('analytics', 'analisi analista'),
    ...to('statistics', 'statistica'),
    ...to('management', 'gestione'),
    ...to('administration', 'amministrazione'),
    ...to('research', 'ricerca'),
    ...to('consulting', 'consulenza consulente'),
    ...to('logistics', 'logistica'),
  },
  phrases: [
    ['assistenza clienti', 'support'],
    ['servizio clienti', 'support'],
    ['risorse umane', 'hr'],
    ['ingegneria civile', 'civilengineering'],
    ['ingegneria meccanica', 'mechanicalengineering'],
    ['ingegneria elettrica', 'electricalengineering'],
  ],
  compoundHeads: {},
  joins: list('e o oppure'),
};

const pt: FieldWordTable = {
  stop: list(
    'de da do das dos em na no nas nos e ou um uma com para setor area areas cargo cargos ' +
      'funcao funcoes experiencia similares similar equivalente',
  ),
  family: {
    ...to('project', 'projeto projetos'),
    ...to('sales', 'vendas venda vendedor vendedora'),
    ...to('development', 'desenvolvimento desenvolvedor desenvolvedora'),
    ...to('programming', 'programador programadora programacao'),
    ...to('computing', 'informatica computacao'),
    ...to('accounting', 'contabilidade contabil contador contadora'),
    ...to('finance', 'financas financeiro financeira'),
    ...to('nursing', 'enfermagem enfermeiro enfermeira'),
    ...to('healthcare', 'saude hospitalar'),
    ...to('teaching', 'ensino docente professor professora docencia'),
    ...to('training', 'formacao'),
    ...to('recruiting', 'recrutamento selecao'),
    ...to('communications', 'comunicacao'),
    ...to('engineering', 'engenharia engenheiro engenheira'),
    ...to('analytics', 'analise analista'),
    ...to('statistics', 'estatistica'),
    ...to('management', 'gestao'),
    ...to('administration', 'administracao'),
    ...to('research', 'pesquisa'),
    ...to('consulting', 'consultoria consultor consultora'),
    ...to('logistics', 'logistica'),
  },
  phrases: [
    ['atendimento ao cliente', 'support'],
    ['atendimento ao publico', 'support'],
    ['recursos humanos', 'hr'],
    ['ciencia da computacao', 'computing'],
    ['ciencias da computacao', 'computing'],
    // Brazil's degree in systems analysis and development (a computing degree).
    ['analise e desenvolvimento de sistemas', 'computing'],
    ['engenharia civil', 'civilengineering'],
    ['engenharia mecanica', 'mechanicalengineering'],
    ['engenharia eletrica', 'electricalengineering'],
  ],
  compoundHeads: {},
  joins: list('e ou'),
};

const nl: FieldWordTable = {
  stop: list(
    'de het een in met van en bij voor als rol functie functies ervaring vergelijkbare ' +
      'vergelijkbaar gebied sector branche',
  ),
  family: {
    ...to('project', 'projecten'),
    ...to('sales', 'verkoop verkoper verkoopster'),
    ...to('development', 'ontwikkeling ontwikkelaar'),
    ...to('programming', 'programmeur'),
    ...to('computing', 'informatica'),
    ...to('accounting', 'boekhouding boekhouder'),
    ...to('finance', 'financien'),
    ...to('nursing', 'verpleging verpleegkunde verpleegkundige'),
    ...to('healthcare', 'zorg gezondheidszorg'),
    ...to('teaching', 'onderwijs leraar lerares docent'),
    ...to('training', 'opleiding'),
    ...to('recruiting', 'werving'),
    ...to('hr', 'personeelszaken'),
    ...to('communications', 'communicatie'),
    ...to('analytics', 'analyse'),
    ...to('statistics', 'statistiek'),
    ...to('administration', 'administratie'),
    ...to('research', 'onderzoek'),
    ...to('consulting', 'advies adviseur'),
    ...to('logistics', 'logistiek'),
    ...to('support', 'klantenservice'),
  },
  phrases: [],
  compoundHeads: {
    ...to('development', 'ontwikkeling ontwikkelaar'),
    ...to('sales', 'verkoop'),
    ...to('nursing', 'verpleging'),
    ...to('healthcare', 'zorg'),
    ...to('administration', 'administratie'),
    ...to('consulting', 'advies'),
  },
  joins: list('en'),
};

export const FIELD_WORDS: Readonly<Record<Lang, FieldWordTable>> = { en, fr, de, es, it, pt, nl };
