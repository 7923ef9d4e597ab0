import type { Lexicon } from './types';
import { words } from './words';

/** Italian. */
export const it: Lexicon = {
  code: 'it',
  stopwords: words(
    'il|la|le|e|di|del|della|con|per|un|una|che|sono|nostro|nostra|siamo|ai|alla|nel|degli|gli',
  ),
  numbers: {
    uno: 1,
    una: 1,
    due: 2,
    tre: 3,
    quattro: 4,
    sei: 6,
    sette: 7,
    otto: 8,
    dieci: 10,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    nouns: words('esperienza|esperienze'),
    years: words('anni|anno'),
    months: words('mesi|mese'),
    rangeJoins: words('a|e|o|fino a'),
    unitRangeJoins: words('a|fino a'),
    rangeMax: words('massimo|al massimo|un massimo di'),
    orMore: words('o più|minimo|almeno'),
    atLeast: words('almeno|minimo|minimo di|un minimo di|non meno di'),
    moreThan: words('oltre|più di'),
    upTo: words('fino a|massimo|al massimo|meno di'),
    trapsAfter: words('di età|di garanzia|di contratto|di storia|di attività'),
    trapsBefore: words(
      'fondata nel|fondato nel|da oltre|da più di|maggiorenne|contratto di|durata di|durata|garanzia|abbiamo|vanta|vantiamo',
    ),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'gradito|gradita|graditi|gradite|è gradito|è gradita|sarà gradito|sarà gradita|preferibile|preferenziale|un plus|è un plus|sarà un plus|costituisce un plus|non richiesto|non richiesta|non obbligatorio|non obbligatoria|titolo preferenziale|costituirà titolo preferenziale|è considerato un plus',
    ),
    leading: words(
      'preferibilmente|idealmente|sarebbe un plus|costituisce titolo preferenziale|titolo preferenziale|qualifiche preferenziali|requisiti preferenziali|gradita|gradito|graditi|costituirà titolo preferenziale|rappresenta un plus',
    ),
    required: words(
      'richiesto|richiesta|richiesti|richieste|obbligatorio|obbligatoria|indispensabile|indispensabili|imprescindibile|necessario|necessaria|requisito',
    ),
    notRequired: words(
      'non richiesto|non richiesta|non obbligatorio|non obbligatoria|non indispensabile|non è richiesto|non è richiesta',
    ),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('dottorato|dottorato di ricerca|phd'),
      master: words(
        'laurea magistrale|laurea specialistica|laurea magistrale o specialistica|laurea a ciclo unico|master di secondo livello|master universitario',
      ),
      bachelor: words(
        'laurea|laurea triennale|laureato|laureata|titolo di laurea|diploma di laurea|laurea di primo livello',
      ),
      associate: words('diploma its|istruzione tecnica superiore'),
      vocational: words(
        'qualifica professionale|diploma professionale|attestato di qualifica|istituto professionale|corso professionale',
      ),
      high_school: words(
        'diploma di maturità|diploma di scuola superiore|diploma di scuola secondaria superiore|diploma di scuola media superiore|maturità|diploma di ragioneria|diploma di perito|diploma di geometra|diploma di liceo|diploma tecnico|perito',
      ),
    },
    abbreviations: { ITS: 'associate' },
    enrolment: words(
      'laureando|laureanda|laureandi|studente di|studentessa di|studenti di|iscritto a|iscritta a|stai conseguendo|in procinto di laurearsi',
    ),
    equivalent: words('o titolo equivalente|o equivalente|o titolo equipollente|equipollente'),
    experienceInstead: words(
      'laureati in altre materie|candidati con esperienza|candidati con forte esperienza|candidati non laureati|non laureati con|in assenza di laurea|in alternativa esperienza|o esperienza equivalente|o comprovata esperienza',
    ),
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      'parlato e scritto|scritto e parlato|scritta e parlata|parlata e scritta|orale e scritto',
    ),
    levels: {
      native: words('madrelingua|madre lingua|lingua madre|nativo|nativa'),
      fluent: words(
        'fluente|ottimo|ottima|ottima conoscenza|eccellente|perfetto|perfetta|padronanza|piena padronanza|bilingue',
      ),
      professional: words(
        'avanzato|avanzata|livello avanzato|buono|buona|buon|buona conoscenza|buon livello|discreto|discreta|solido|solida|solida conoscenza|professionale',
      ),
      basic: words(
        'intermedio|intermedia|livello intermedio|base|di base|scolastico|scolastica|livello base|conoscenza di base|elementare|livello medio',
      ),
    },
    applyIn: words('cv in|curriculum in|candidatura in'),
  },

  // ── salary ────────────────────────────────────────────────────────────────────────────────────
  salary: {},

  // ── workplace ─────────────────────────────────────────────────────────────────────────────────
  workplace: {},

  // ── employment ────────────────────────────────────────────────────────────────────────────────
  employment: {},

  // ── relocation ────────────────────────────────────────────────────────────────────────────────
  relocation: {},

  // ── visa ──────────────────────────────────────────────────────────────────────────────────────
  visa: {},

  // ── travel ────────────────────────────────────────────────────────────────────────────────────
  travel: {},

  // ── schedule ──────────────────────────────────────────────────────────────────────────────────
  schedule: {},

  // ── posting ───────────────────────────────────────────────────────────────────────────────────
  posting: {},

  // ── skills ────────────────────────────────────────────────────────────────────────────────────
  skills: {},
};
