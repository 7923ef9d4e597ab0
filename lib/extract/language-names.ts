/**
 * Human language names as postings write them (English, French, German, Spanish, Italian,
 * Portuguese and Dutch spellings) → ISO 639-1. Programming languages are deliberately absent.
 */
const NAMES: Record<string, string[]> = {
  en: ['english', 'anglais', 'englisch', 'inglés', 'ingles', 'inglese', 'inglês', 'engels'],
  fr: [
    'french',
    'français',
    'francais',
    'französisch',
    'francés',
    'frances',
    'francese',
    'francês',
    'frans',
  ],
  de: ['german', 'allemand', 'deutsch', 'alemán', 'aleman', 'tedesco', 'alemão', 'duits'],
  es: [
    'spanish',
    'espagnol',
    'spanisch',
    'español',
    'espanol',
    'castellano',
    'spagnolo',
    'espanhol',
    'spaans',
  ],
  it: ['italian', 'italien', 'italienisch', 'italiano', 'italiaans'],
  pt: [
    'portuguese',
    'portugais',
    'portugiesisch',
    'portugués',
    'portoghese',
    'português',
    'portugees',
  ],
  nl: [
    'dutch',
    'flemish',
    'néerlandais',
    'niederländisch',
    'holländisch',
    'neerlandés',
    'olandese',
    'holandês',
    'nederlands',
    'vlaams',
  ],
  zh: [
    'chinese',
    'mandarin',
    'cantonese',
    'chinois',
    'chinesisch',
    'chino',
    'cinese',
    'chinês',
    'chinees',
  ],
  ja: ['japanese', 'japonais', 'japanisch', 'japonés', 'giapponese', 'japonês', 'japans'],
  ko: ['korean', 'coréen', 'koreanisch', 'coreano', 'koreaans'],
  ru: ['russian', 'russe', 'russisch', 'ruso', 'russo'],
  ar: ['arabic', 'arabe', 'arabisch', 'árabe', 'arabo'],
  pl: ['polish', 'polonais', 'polnisch', 'polaco', 'polacco', 'polonês', 'pools'],
  sv: ['swedish', 'suédois', 'schwedisch', 'sueco', 'svedese', 'zweeds'],
  da: ['danish', 'danois', 'dänisch', 'danés', 'danese', 'dinamarquês', 'deens'],
  no: ['norwegian', 'norvégien', 'norwegisch', 'noruego', 'norvegese', 'norueguês', 'noors'],
  fi: ['finnish', 'finnois', 'finnisch', 'finlandés', 'finlandese', 'finlandês'],
  tr: ['turkish', 'turc', 'türkisch', 'turco', 'turks'],
  el: ['greek', 'grec', 'griechisch', 'griego', 'greco', 'grego', 'grieks'],
  he: ['hebrew', 'hébreu', 'hebräisch', 'hebreo', 'ebraico', 'hebraico'],
  hi: ['hindi'],
  cs: ['czech', 'tchèque', 'tschechisch', 'checo', 'ceco', 'tsjechisch'],
  hu: ['hungarian', 'hongrois', 'ungarisch', 'húngaro', 'ungherese'],
  ro: ['romanian', 'roumain', 'rumänisch', 'rumano', 'rumeno', 'romeno', 'roemeens'],
  uk: ['ukrainian', 'ukrainien', 'ukrainisch', 'ucraniano', 'ucraino'],
  vi: ['vietnamese', 'vietnamien'],
  th: ['thai'],
  id: ['indonesian', 'bahasa indonesia'],
  ca: ['catalan', 'catalán', 'català'],
};

export const LANGUAGE_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(NAMES).flatMap(([code, names]) => names.map((n) => [n, code] as const)),
);

/** Alternation of every name, longest first. */
export const LANGUAGE_NAME_PATTERN = [...LANGUAGE_CODE.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');
