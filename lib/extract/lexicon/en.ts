import type { Lexicon } from './types';
import { words } from './words';

/** English. */
export const en: Lexicon = {
  code: 'en',
  stopwords: words(
    'the|and|of|to|in|for|with|you|we|our|your|are|is|will|be|on|as|this|that|or|an|at|from|have',
  ),
  numbers: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    twelve: 12,
    fifteen: 15,
  },

  // ── experience ────────────────────────────────────────────────────────────────────────────────
  experience: {
    nouns: words('experience|exp|track record|background'),
    years: words('years|year|yrs|yr'),
    months: words('months|month'),
    rangeJoins: words('to|and|or|to less than|up to'),
    unitRangeJoins: words('to|to less than|up to'),
    rangeMax: words('a maximum of|maximum|max'),
    orMore: words('or more|plus|or longer|or above|and above|minimum|min'),
    atLeast: words('at least|minimum of|minimum|min|no less than|not less than'),
    moreThan: words('more than|over|in excess of'),
    upTo: words('up to|maximum of|maximum|max|no more than|not more than|less than'),
    trapsAfter: words(
      'ago|old|of age|or older|of equivalent|of comparable|of combined|combined|between us|collectively|mission|of history|of existence|of growth|of innovation|of success|of service|in business|warranty|guarantee|contract|fixed|term|lease|subscription|assignment|project|programme|program|training programme|training program|internship|placement|secondment|cover|anniversary|later|from now',
    ),
    trapsBefore: words(
      'founded|established|since|in the past|in the last|over the past|over the last|within the past|within the last|during the past|during the last|in the next|over the next|within|within the|for over|for more than|for nearly|for almost|for about|celebrating|celebrated|anniversary|aged|age|must be|must be at least|contract of|contract for|duration|period of|term of|with us for|been with us for|tenure of|tenure is|warranty|combined|a combined|collectively|together|possess|possesses|boasts|has|has nearly|has over|has more than|has almost',
    ),
  },

  // ── preference ────────────────────────────────────────────────────────────────────────────────
  preference: {
    trailing: words(
      'a plus|an plus|a bonus|a big plus|a strong plus|a huge plus|a definite plus|an advantage|a distinct advantage|an asset|a strong asset|preferred|preferable|desired|desirable|nice to have|nice-to-have|a nice to have|advantageous|beneficial|would be great|would be nice|not required|not mandatory|not a must|not essential|optional',
    ),
    leading: words(
      'preferably|ideally|bonus|bonus points|bonus points if|bonus if|nice to have|nice-to-have|a plus if|plus if|it is a plus if|would be great if|would be nice if|would be a plus if|extra points|advantageous|desirable|beneficial|preferred|desired|preferred qualifications|also nice',
    ),
    required: words('required|must|mandatory|essential|compulsory|requirement|a must'),
    notRequired: words('not required|not a must|not mandatory|not essential|no requirement'),
  },

  // ── sections ──────────────────────────────────────────────────────────────────────────────────
  sections: {},

  // ── education ─────────────────────────────────────────────────────────────────────────────────
  education: {
    levels: {
      doctorate: words('phd|ph.d|ph.d.|ph. d.|doctorate|doctoral degree|dphil'),
      master: words(
        "master|masters|master's|master's degree|masters degree|master degree|msc|m.sc|m.sc.|meng|mba|advanced degree|graduate degree|postgraduate degree|postgraduate qualification|post-graduate degree|postgraduate diploma",
      ),
      bachelor: words(
        "bachelor|bachelors|bachelor's|bachelor's degree|bachelors degree|bachelor degree|bsc|b.sc|b.sc.|beng|b.eng|bba|bcom|b.com|btech|b.tech|b.e.|undergraduate degree|4-year degree|four-year degree|4 year degree|four year degree|university degree|college degree|degree|bsn|third-level qualification|third-level degree|tertiary degree|tertiary qualification|honours degree|graduates only|any graduate|any degree|law degree|medical degree",
      ),
      associate: words(
        "associate degree|associate's degree|associates degree|associate's|2-year degree|two-year degree|2 year degree|two year degree|two (2) year college degree|two (2) year degree|2-year college degree|two-year college degree|local diploma|polytechnic diploma|diploma in engineering|engineering diploma|diploma holder|advanced diploma|higher national diploma",
      ),
      vocational: words(
        'trade school|trade qualification|trade certificate|trade certification|vocational training|vocational qualification|vocational degree|vocational diploma|certificate iii|certificate iv|cert iii|cert iv|aqf certificate|completed apprenticeship|apprenticeship training|served apprenticeship|nvq level 2|nvq level 3|higher national certificate|city and guilds|city & guilds|red seal',
      ),
      high_school: words(
        "high school|high school diploma|high-school diploma|high school equivalency|high school equivalency certificate|secondary school|secondary school certificate|secondary school diploma|high school certificate|a-level|a-levels|a level|a levels|o level|o levels|'o' level|'o' levels|gcse|gcses|matric|matric pass|matriculation|grade 12|12th pass|12th grade|senior certificate",
      ),
    },
    abbreviations: {
      BA: 'bachelor',
      BS: 'bachelor',
      'B.A.': 'bachelor',
      'B.S.': 'bachelor',
      LLB: 'bachelor',
      MBChB: 'bachelor',
      MBBS: 'bachelor',
      BDS: 'bachelor',
      BChD: 'bachelor',
      MS: 'master',
      MA: 'master',
      'M.S.': 'master',
      'M.A.': 'master',
      LLM: 'master',
      ADN: 'associate',
      ASN: 'associate',
      HND: 'associate',
      GNM: 'associate',
      HNC: 'vocational',
      NVQ: 'vocational',
      NVQ2: 'vocational',
      NVQ3: 'vocational',
      ITI: 'vocational',
      SPM: 'high_school',
      GED: 'high_school',
      HSC: 'high_school',
    },
    enrolment: words(
      'currently enrolled in|currently pursuing|enrolled in a degree|pursuing a degree|pursuing a bachelor|pursuing a bachelor’s|student in a bachelor|currently studying|current student|final year student|final-year student',
    ),
    equivalent: words(
      'or equivalent|or an equivalent|or its equivalent|or the equivalent|or equivalent experience|or equivalent work experience|or equivalent practical experience|or relevant experience|equivalent experience|equivalent work experience|or comparable|or similar qualification|or equivalency|equivalency thereof|or ged|or a ged|or equivalent combination',
    ),
    experienceInstead: words(
      'equivalent combination of education|equivalent combination of training|combination of education and experience|combination of education, training and experience|in lieu of a degree|in lieu of degree|in lieu of education|experience in lieu|equivalent work experience|equivalent practical experience|or equivalent experience|and/or equivalent experience|or relevant work experience|self-taught|may be substituted|be substituted for|substitute for the degree|substituted for education',
    ),
  },

  // ── language ──────────────────────────────────────────────────────────────────────────────────
  language: {
    modes: words(
      'written and spoken|spoken and written|written and verbal|verbal and written|oral and written|written & spoken|spoken & written|both written and spoken|in writing and speaking',
    ),
    levels: {
      native: words('native|native or bilingual|native speaker|mother tongue|first language'),
      fluent: words(
        'fluent|fluently|fluency|full professional|excellent|exceptional|perfect|bilingual|very good|outstanding|superb|near-native|near native',
      ),
      professional: words(
        'professional|professional working|working proficiency|business|business level|business fluent|good command|good|strong|solid|confident|competent|proficient|proficiency|advanced|upper intermediate|upper-intermediate',
      ),
      basic: words('basic|conversational|intermediate|elementary|some knowledge|beginner|notions'),
    },
    applyIn: words(
      'submit your cv in|submit your resume in|send your cv in|send your resume in|cv in|resume in|résumé in|application in|apply in|applications in|written in|please apply in',
    ),
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
