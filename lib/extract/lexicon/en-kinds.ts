import type {
  CredentialWords,
  EducationCueWords,
  ExperienceWords,
  FieldWords,
  LanguageWords,
  LicenseWords,
  PreferenceWords,
} from './types';
import { words } from './words';

/**
 * English words of the experience, language, credential, field and licence readers, with the
 * counts and the required/preferred cues they read (`./en.ts` keeps the rest).
 */

export const enNumbers: Readonly<Record<string, number>> = {
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
};

export const enPreference: PreferenceWords = {
  trailing: words(
    'a plus|an plus|a bonus|a big plus|a strong plus|a huge plus|a definite plus|' +
      'an advantage|a distinct advantage|an asset|a strong asset|preferred|preferable|' +
      'desired|desirable|nice to have|nice-to-have|a nice to have|advantageous|beneficial|' +
      'would be great|would be nice|not required|not mandatory|not a must|not essential|' +
      'not a deal-breaker|not a dealbreaker|not a knock-out criterion|' +
      'optional|helpful|an added bonus|added bonus|a welcome addition|considered an asset|' +
      // Malaysian, Indian and African postings: "Mandarin will be an added advantage".
      'an added advantage|added advantage|an additional advantage|' +
      // Australian and British postings: "Certificate IV in Legal Services (highly regarded)".
      'highly regarded|well regarded|viewed favourably|viewed favorably|looked upon favourably|' +
      // "Basic French, or willing to learn it": the skill may still be learnt, so it is a plus.
      'or willing to|or be willing to|or are willing to|or the willingness to|or a willingness to|' +
      'or willingness to',
  ),
  leading: words(
    'preferably|ideally|bonus|bonus points|bonus points if|bonus if|nice to have|' +
      'nice-to-have|a plus if|plus if|it is a plus if|would be great if|would be nice if|' +
      'would be a plus if|extra points|advantageous|desirable|beneficial|preferred|desired|' +
      'preferred qualifications|also nice',
  ),
  required: words(
    'required|must|mandatory|essential|compulsory|requirement|a must|prerequisite|a prerequisite',
  ),
  notRequired: words('not required|not a must|not mandatory|not essential|no requirement'),
  forThisRole: words(
    'is required for this role|are required for this role|is required for this position|' +
      'are required for this position|is required for the role|is mandatory for this role|' +
      'is mandatory for this position|is a must for this role|is essential for this role',
  ),
  notExcluding: words('not a deal-breaker|not a dealbreaker|not a knock-out criterion'),
  fillers: words('strongly|highly|very|definitely|is|are|be|a|an'),
  clauseSubjects: words('you|we'),
  afterCueJoins: words('with|along with'),
};

export const enCredentials: CredentialWords = {
  notBodies: [
    ...words('THE|AND|FOR|OUR|YOUR|MUST'),
    // "ICU Registered Nurse", "ER Registered Nurse": a hospital unit before the nurse's title.
    ...words('ER|ED|ICU|NICU|PICU|CICU|CVICU|MICU|SICU|CMICU|PACU|PCU|IMCU|OR|ASU|L&D'),
    // "current IL license": a US state's code before a licence, no registering body ("PA", "MA"
    // and "CA" also name a physician assistant, a medical assistant and an accountant).
    ...words('AL|AK|AZ|AR|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MI|MN|MS|MO|MT|NE|NV|NH|NJ'),
    ...words('NM|NY|NC|ND|OH|OK|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC'),
  ],
  registrationNouns: words(
    'registration|registered|PIN|membership|licence|license|Registration|Registered|Pin|pin',
  ),
  registeredWith: [
    ...words('registration with|registration by|registration on|registered with|registered by'),
    ...words('registered on'),
  ],
  registeredArticles: words('the'),
  // A licence to practise named so, whatever body grants it.
  professional: words(
    'licence to practise|license to practice|licence to practice|license to practise',
  ),
  registerNouns: [],
  registryNouns: [],
  registryActive: [],
  registryAt: [],
  forklift: [
    ...words('forklift licence|forklift license|forklift ticket|forklift certificate'),
    ...words('forklift certification|forklift operator licence|forklift operator license'),
    ...words(
      'forklift operator certificate|forklift operator certification|forklift operator ticket',
    ),
  ],
  levelWords: words('level'),
  certificateNouns: words('Certificate|Cert'),
  ticketNouns: words('certificate|card|licence|license|ticket|diploma'),
  certifiedWords: words('Certified|Chartered'),
  stems: words('regist|PIN|member|licen|forklift|VQ|Cert|Chartered|Card|Ticket|Diploma'),
};

export const enField: FieldWords = {
  ends: [
    ...words('preferably|ideally|with specific|with a focus|including|especially|such as|e.g'),
    ...words('or similar|or equivalent|is required|required|is preferred|preferred|minimum'),
    ...words('is essential|is a must|at scale|in production|in a production environment'),
    ...words('with at least|at least|with more than|more than|with above|above|with exceeding'),
    ...words('exceeding|with in excess of|in excess of|in the last|in the past|within the last'),
    ...words('within the past|during the last|during the past|over the last|over the past'),
    ...words('may be considered|will be considered|can be considered'),
  ],
  plusCopulas: words('is|would be|will be'),
  plusArticles: words('a|an'),
  plusIntensifiers: words('big|huge|strong|definite'),
  plusNouns: words('plus|bonus|advantage|asset'),
  orgAt: words('at'),
  orgArticles: words('a|an|the'),
  orgNouns: words('company|firm|agency|organisation|organization|startup|business|employer|scale'),
  articles: words('a|an|the'),
  copulas: words('is|are|would be|will be'),
  trailingLinks: words('for|for a period of|during'),
  glueWords: [
    ...words('marketing|advertising|digital|sales|media|social|customer|support|service|services'),
    ...words('success|software|engineering|engineer|product|products|management|manager|project'),
    ...words('program|data|analytics|analysis|design|research|development|operations|operational'),
    ...words('business|finance|financial|accounting|consulting|strategy|strategic|content'),
    ...words('communications|communication|public|relations|brand|partnerships|partner|account'),
    ...words('accounts|agency|agencies|retail|ecommerce|commerce|online|performance|growth|search'),
    ...words('measurement|technology|technical|tech|security|cloud|infrastructure|network|systems'),
    ...words(
      'system|web|mobile|hardware|healthcare|health|legal|compliance|risk|insurance|banking',
    ),
    ...words(
      'investment|trading|supply|chain|logistics|procurement|manufacturing|quality|assurance',
    ),
    ...words('testing|hr|human|resources|recruiting|recruitment|talent|people|education|training'),
    ...words('learning|policy|trust|safety|enterprise|saas|startup|startups|industry|paid|owned'),
    ...words('earned|creative|video|gaming|games|editorial|journalism|writing|publishing|events'),
    ...words('event|hospitality|travel|real|estate|energy|automotive'),
  ],
  clauseStarts: [
    ...words('building|managing|leading|working|developing|designing|creating|running|driving'),
    ...words('supporting|owning|delivering|helping|using|including|ideally|preferably|especially'),
    ...words('particularly|with|where|which|who|plus|but'),
  ],
  listJoins: words('or|and|and/or'),
  lastJoins: words('or|and|and/or'),
};

export const enLicense: LicenseWords = {
  driving: [
    ...words("drivers licence|drivers license|drivers' licence|drivers' license|drivers’ licence"),
    ...words("drivers’ license|driver's licence|driver's license|driver's' licence"),
    ...words("driver's' license|driver's’ licence|driver's’ license|driver’s licence"),
    ...words("driver’s license|driver’s' licence|driver’s' license|driver’s’ licence"),
    ...words('driver’s’ license|driving licence|driving license'),
    // Ontario's truck licences by their class alone: "Valid AZ license", "DZ licence".
    ...words('AZ licence|AZ license|DZ licence|DZ license'),
  ],
  // "Licence: Class C", "Class 2 licence": a licence is a driving licence only beside a class.
  drivingShort: words('licence|license'),
  drivingShortTails: [],
  drivingShortCues: [],
  adjectives: words('valid|current|clean|full'),
  classBefore: words('class'),
  classJoins: words('and'),
  classArticles: [],
  classAfter: words('class|type'),
  commercial: [
    ...words("CDL|commercial driver's licence|commercial driver's license"),
    ...words('commercial drivers licence|commercial drivers license'),
  ],
  commercialClass: words('class'),
  nursing: [
    ...words('RN licence|RN license|nursing licence|nursing license|registered nurse licence'),
    ...words('registered nurse license|LPN licence|LPN license|LVN licence|LVN license'),
    ...words('RN licensure|nursing licensure|nurse licensure compact|multistate RN license'),
    // "you are a Registered Nurse (RN) in good standing with the College of Nurses".
    ...words(
      'registered nurse in good standing|registered nurse (RN) in good standing|RN in good standing',
    ),
    // A requirement line that is the profession itself: "Must be a Registered Nurse".
    ...words(
      'must be a registered nurse|must be a licensed nurse|must be an RN|must be a licensed practical nurse',
    ),
    ...words(
      'must be a licensed registered nurse|must be a registered nurse (RN)|should be a registered nurse',
    ),
  ],
  nursingHeld: words('licensed|licensure|registration|registered|licence|license'),
  nursingAs: [
    ...words('as a registered nurse|as an RN|as a professional nurse|as a registered nurse (RN)'),
    ...words('as a licensed practical nurse|as a licensed vocational nurse'),
  ],
  clearanceLevels: words('TS/SCI|top secret|secret|public trust|SC|DV|NV1|NV2|baseline'),
  clearanceSecurity: words('security'),
  clearance: words('clearance'),
  polygraph: words('with full scope polygraph|with full scope poly|with polygraph|with poly'),
  stems: words('licence|license|licensure|CDL|clearance|TS/SCI|registration|registered'),
};

export const enExperience: ExperienceWords = {
  // "2 years' active field practice as a paramedic": practice as a profession, not "best practice".
  nouns: words(
    'experience|expertise|exp|track record|background|PQE|clinical practice|field practice|active practice',
  ),
  years: words('years|year|yrs|yr'),
  months: words('months|month'),
  rangeJoins: words('to|and|or|to less than|up to'),
  unitRangeJoins: words('to|to less than|up to'),
  rangeMax: words('a maximum of|maximum|max'),
  orMore: words('or more|plus|or longer|or above|and above|minimum|min'),
  atLeast: words('at least|minimum of|minimum|min|no less than|not less than'),
  moreThan: words('more than|over|in excess of'),
  upTo: words('up to|maximum of|maximum|max|no more than|not more than|less than'),
  trapFields: words(
    'intelligence|analysis|analytics|development|administration|operations|systems|process|' +
      'processes|continuity|partnering|applications|application|management|roles|role|support',
  ),
  trapsAfter: words(
    'ago|old|of age|commitment|or older|of equivalent|of comparable|' +
      'between us|collectively|mission|of history|of existence|of growth|of innovation|' +
      'of success|of service|in business|warranty|guarantee|contract|fixed|term|lease|' +
      'subscription|assignment|project|programme|program|training programme|' +
      'training program|internship|placement|secondment|cover|anniversary|later|from now|' +
      // "5 to 10 years of continuous residency in the UK": security vetting, no experience.
      'of continuous residency|of residency|of continuous residence|of residence|of uk residency|' +
      // "12 months remaining before expiration": a certificate's validity.
      'remaining|left on|of validity|validity|' +
      // "a 3-year initial commitment", "a two-year service agreement": how long the hire stays.
      'initial commitment|minimum commitment|service commitment|work commitment|initial contract|' +
      'initial term|service agreement|employment agreement|bond|service bond|in a row|in succession',
  ),
  pooledAfter: words('of combined|combined'),
  substitutes: words(
    'may be substituted|can be substituted|will be substituted|may substitute|can substitute|' +
      'substitutes for|for each year of|for every year of|for one year of|year for year|' +
      'year-for-year',
  ),
  trapDurations: words('duration|duration of'),
  trapsBefore: words(
    'founded|established|since|in the past|in the last|over the past|over the last|' +
      'within the past|within the last|during the past|during the last|in the next|' +
      'over the next|within|within the|for over|for more than|for nearly|for almost|' +
      'for about|celebrating|celebrated|anniversary|aged|age|must be|must be at least|' +
      'contract of|contract for|duration|period of|term of|with us for|been with us for|' +
      'tenure of|tenure is|warranty|combined|a combined|collectively|together|possess|' +
      'possesses|boasts|has|has nearly|has over|has more than|has almost',
  ),
  candidateCues: words(
    "looking for|we are looking for|we're looking for|you have|you bring|you'll need|you will need|you need|you should have|requirements|requirement|we need|seeking",
  ),
  taskWords: words(
    'multiple|several|various|numerous|many|diverse|different|competing|simultaneously|' +
      'concurrently|at the same time|at once|in parallel|multitasking|multi-tasking|' +
      'independently|autonomously|on your own|unsupervised|under pressure|tight deadlines|' +
      'fast-paced|fast paced|dynamic environment|team environment|in a team|' +
      'as part of a team|as a team',
  ),
  roles: words('role|roles|position|positions|capacity|post'),
  contextGate: words('work|professional|industry|field|similar|related|comparable'),
  candidateNouns: words(
    'candidate|applicant|person|individual|you|hire|engineer|manager|specialist',
  ),
  candidateHas: words('has|have'),
  companyWe: words('we|our'),
  companyWeStems: [],
  genericWords: [
    ...words('relevant|related|professional|proven|previous|prior|progressive|practical|hands-on'),
    ...words('industry|work|working|total|full-time|combined|direct|demonstrated|solid|strong'),
    ...words('post-qualification|verifiable|non-internship'),
  ],
  genericLead: [
    ...words('relevant|related|professional|proven|previous|prior|progressive|practical|hands-on'),
    ...words('total|combined|direct|demonstrated|solid|strong|verifiable|non-internship|industry'),
    ...words('work'),
  ],
  noFieldWords: [
    ...words(
      'the|a|an|this|that|these|those|such|same|similar|comparable|equivalent|given|our|your|its|in|of',
    ),
    ...words(
      'field|fields|industry|industries|domain|domains|area|areas|sector|sectors|space|role|roles',
    ),
    ...words(
      'position|positions|job|jobs|line|overall|total|work|professional|relevant|related|experience',
    ),
    ...words('or|and'),
  ],
  roleIntros: words(
    'working as a|working as an|working as|employed as a|employed as an|employed as|as a|as an|as',
  ),
  ofFieldEnds: words('in|at|with|for|on|across|within|using|including|to|from'),
  roleAfter: words('in|as|within|at|of|with'),
  qualitativeCues: [
    ...words('you have|you bring|have|must have|demonstrated|proven|solid|strong|extensive'),
    ...words('significant|substantial|previous|prior|relevant'),
  ],
  degrees: [
    ...words(
      "phd|ph.d|master|master'|masters|master's|bachelor|bachelor'|bachelors|bachelor's|mba",
    ),
    ...words('doctorate|ms|bs|advanced degree|graduate degree|degree'),
  ],
  decadeCounts: { a: 1, one: 1, two: 2, three: 3 },
  yearAdjectives: {},
  leadingYearEnds: [],
  workedBefore: words(
    'have worked|has worked|having worked|have been working|has been working|have practised|' +
      'have practiced|have held|' +
      // "must have accrued 2 years on SAP projects": years accrued at work, the noun left out.
      'have accrued|have accumulated|having accrued|having accumulated',
  ),
  workContext: [
    ...words('working|work in|work as|work with|worked in|worked as|worked with|professional'),
    ...words('in the industry|in the field|in industry|in field|in a similar|in a related'),
    ...words('in a comparable'),
  ],
  decadeUnits: words('decade|decades'),
  decadeOf: words('of'),
  decadeNouns: words('experience'),
  fieldNouns: words('experience'),
  fieldBeforePreps: words('in|as'),
  fieldOf: words('of'),
  fieldMinimum: words('at least|minimum'),
  rolePreps: words('in|as'),
  roleArticles: words('a|an|the'),
  roleOf: words('of|as'),
  nounAbbreviations: words('exp|pqe'),
  afterNounAdjectives: words('relevant|minimum'),
  afterNounPreps: words('in|within|as|on|with|of|at'),
  elided: [],
  unitOf: words('of'),
  unitWorking: words('working'),
  afterUnitPreps: words('in|on|within|as|at|with'),
  beforeOf: words('of'),
  haveWords: words('you have|you bring|have|must have'),
  qualAdjectives: [
    ...words(
      'demonstrated|proven|solid|strong|extensive|significant|substantial|hands-on|previous',
    ),
    ...words('prior|relevant|professional|practical|direct|deep|broad|some|first'),
  ],
  workWords: words('work'),
  nounStarts: [],
  qualAfterNoun: [],
  qualPreps: words('in|within|as|on|of'),
  companyOwners: words('our|the'),
  companyNouns: words(
    'team|company|firm|founders|founder|business|agency|group|colleagues|colleague|experts|' +
      'expert|consultants|consultant|people|staff|product|platform',
  ),
  companyHave: words("we've|we have|we bring|we offer"),
  companyHaveNot: words('a|an|the|one|two'),
  borrowedLeads: words('including'),
  borrowedMinimums: words('at least|minimum|of which|with at least'),
  borrowedOfWhich: words('of them|of which'),
  borrowedPreps: words('in|as|at'),
  borrowedArticles: words('a|an|the'),
  headerLabels: words(
    'years of experience|years of relevant experience|years of exp|experience required|yoe',
  ),
  // "Career Level: 1-4 Years Experienced Employee": a board's level name, not a requirement.
  levelLabels: words('career level|position level|job level'),
  ofField: words('of'),
  recordMarks: words('required|preferred'),
  domainPreps: words('in|within|across'),
  domainArticles: words('the|a|an'),
};

export const enLanguage: LanguageWords = {
  modes: words(
    'written and spoken|spoken and written|written and verbal|verbal and written|oral and written|written & spoken|spoken & written|both written and spoken|in writing and speaking',
  ),
  levels: {
    native: words('native|native or bilingual|native speaker|mother tongue|first language'),
    fluent: words(
      'fluent|fluently|fluency|full professional|excellent|exceptional|perfect|bilingual|very good|outstanding|superb|near-native|near native|strong|very strong|' +
        'flawless|impeccable|superior|first-rate|faultless|high proficiency|highly proficient',
    ),
    // "Proficiency" alone names the ability ("your level of English proficiency"), not a level.
    professional: words(
      'professional|professional working|working proficiency|business|business level|' +
        'business fluent|good command|good|solid|confident|competent|proficient|advanced|' +
        'upper intermediate|upper-intermediate|intermediate',
    ),
    basic: words('basic|conversational|elementary|some knowledge|beginner|notions'),
  },
  applyIn: words(
    'submit your cv in|submit your resume in|send your cv in|send your resume in|cv in|resume in|résumé in|application in|apply in|applications in|written in|please apply in|' +
      // "Job advertisements ... will be provided in both English and French": the ad's own text.
      'provided in both|provided in|displayed in|published in both|published in|advertised in',
  ),
  ifThePost: words(
    'if the position is|if the position requires|if the role is|if the role requires|' +
      'if the job is|if the job requires|where the position is|when the position is',
  ),
  applyNouns: words('application|applications|cv|resume|résumé|cover letter'),
  applyInWords: words('in'),
  compoundSuffixes: [],
  adjectiveJoins: [],
  adjectiveNouns: [],
  nounsBefore: [],
  contextStems: [
    ...words('speak|spoken|fluen|language|proficien|bilingu|native|mother tongue|written|verbal'),
    ...words('communicat'),
    // "well conversant in English", "able to converse in Mandarin".
    ...words('convers'),
    // A translator's or an interpreter's pair: "Interpreter: English to Vietnamese".
    ...words('translat|interpreter'),
  ],
  contextWordEnds: words('oral'),
  contextWholeWords: words('level'),
  adjectiveUses: [
    ...words(
      'market|customer|client|compan|law|gaap|team|office|subsidiar|cuisine|national|citizen',
    ),
    ...words('territor|region|partner|retail|government|tax|accounting|entit|culture|style|people'),
    ...words('resident|universit|institution|econom|media|border|startup|ecosystem|brand|account'),
    ...words('site|website|authorit|regulat|employment|labor|labour|payroll|literature|studies'),
    ...words('department|state|passport|work permit|job board|jobs in'),
    // "Chinese typing", "Chinese word processing": a keyboard skill for the script, not speech.
    ...words('typing|typist|word processing|word-processing|input method'),
    // "an Italian kitchen", "Greek food": a cuisine named by its country's adjective.
    ...words('kitchen|restaurant|food|dishes|cooking|bistro|trattoria|bakery|wines|eatery'),
  ],
  speaking: words('speaking'),
  speakingUses: words(
    'countr|market|region|world|customer|client|communit|population|area|audience|job',
  ),
  peopleArticles: words('the'),
  languageNouns: words('language'),
  // "GCSE Grade A-C / Level 4+ in English and Maths": a school subject, not the language.
  subjectNouns: words(
    'degree|diploma|major|ba|bs|ma|bsc|msc|teacher|teaching|lecturer|professor|gcse|gcses|igcse|' +
      'a-level|a-levels|a level|a levels|o level|o levels|level 4+|level 4|grade 4|grade c|' +
      'grades a-c|grade a-c|grades 9-4|grade 4 or above|grade c or above',
  ),
  subjectJoins: words('in|of'),
  stops: words('and|or|as well as'),
  namePrepositions: words('in'),
  requirementCopulas: words('is|are|would be'),
  requirementWords: words(
    'required|preferred|mandatory|a must|essential|desired|desirable|an asset|nice to have',
  ),
  plusArticles: words('a|an'),
  plusIntensifiers: words('strong|big|huge|real|definite'),
  plusNouns: words('plus|bonus|advantage|asset'),
  praise: words('strong|big|huge|good|great|definite|real|significant'),
  listJoins: words('and/or|and|or'),
  orWords: words('or'),
  listArticles: [],
  codesFluent: words('bilingual|trilingual|multilingual'),
  codeLabels: words('languages|language skills|language requirements'),
  shortNames: { eng: 'en', engl: 'en' },
};

/** English words around a degree name (`kinds/education.ts`). */
export const enEducationCues: EducationCueWords = {
  shortAfter: words(
    'or|and|degree|in|of|preferred|required|accepted|a plus|nursing|hons|certificate|diploma|qualification',
  ),
  shortBefore: words(
    'graduate of|graduates of|a graduate of|holder of|holders of|holder of a|graduated with a|graduated from',
  ),
  ambiguousShort: words('ADN|ASN|BE|MA|MS|BS|BA|LLM'),
  tradeSuffixes: [],
  notTrades: [],
  or: words('or|or alternatively'),
  andOr: words('and/or'),
  orAny: words('any'),
  articles: words('a|an'),
  equivalentNouns: words('equivalent'),
  relatedSubjects: words(
    'related field|related subject|related discipline|a related field|a related subject|a related discipline',
  ),
  degreeNouns: words('degree'),
  fieldDegreeNouns: words('degree|diploma'),
  fieldPrepositions: words('in|of'),
  bareDegreeAfter: words('in|or|and|required|preferred|from|standard|level'),
  bareDegreeBefore: words('high|certain|some|great|large|research|honorary|the|this|that|such'),
  verbLevels: words('master'),
  verbObjects: words('the|a|an|your|our|their|new|this|these|those|it|them|every|all|any|complex'),
  nounAfter: words(
    'data|plan|plans|planning|file|files|schedule|scheduling|record|records|key|copy|class|classes|node|branch|agreement|agreements|control|production',
  ),
  degreeFollowers: words(
    'degree|degrees|diploma|in|of|or|and|level|levels|studies|study|program|programme|programs|' +
      'programmes|qualification|qualifications|student|students|graduate|graduates|holder|holders',
  ),
  similar: words('equivalent|related|similar|comparable|relevant'),
  withWords: words('with'),
  atLeast: words('at least'),
  pathYears: words('years|year'),
  pathWith: words('with|holding|having'),
  taughtBefore: words('teaching|tutoring|teach|taught|coaching|scrum|agile|teacher -|teacher –'),
  peopleAfter: words(
    'research students|research student|students|student|pupils|pupil|learners|learner|teachers|teacher|classes|courses|thesis|supervision',
  ),
  peopleAfterWhole: words('level|programs|program|programmes|programme|interns|intern'),
  plainLevelAfter: words(
    'normally|typically|usually|generally|commonly|ordinarily|commensurate|appropriate|consistent|' +
      'expected|suitable|sufficient|acquired|gained|obtained|that|which|where|where you|of',
  ),
  levelAskedBefore: words('educated to|qualified to|educated up to|qualified up to|studied to'),
  levelAskedAfter: words(
    'qualification|qualifications|education|or equivalent|or above|or higher|standard or equivalent',
  ),
  ownPrepositions: words('in|of'),
  tailShort: words('BA|BS|MS|MA|BSc|MSc'),
  // Philippine postings: "Graduate of Marketing or any 4-year business course".
  courseGraduates: words('graduate of|graduates of'),
  courseNouns: words('course|courses'),
};
