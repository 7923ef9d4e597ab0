/**
 * A word list written on one line: `words('years|year|yrs')`. Lexicon files list hundreds of
 * words; one per line would make them unreadable. Phrases keep their spaces ("or more").
 */
export function words(list: string): readonly string[] {
  return list
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/**
 * Legal forms after a company's name, in any language ("Stadtwerke Rheinland GmbH", "Acme Pty Ltd",
 * "Maasdal B.V."): written as postings write them, case kept (`kinds/header.ts`).
 */
export const LEGAL_FORMS: readonly string[] = [
  ...words('GmbH|AG|SE|KG|Ltd|Ltd.|LTD|LTD.|Limited|LLC|Inc|Inc.|Corp|Corp.|plc|Oy|AB|A/S'),
  // As a site's editor may type it ("moveIT Software Gmbh").
  ...words('Gmbh'),
  ...words(
    'SA|SA.|SAS|SAS.|SA..|SA.S|SA.S.|S.A|S.A.|S.AS|S.AS.|S.A..|S.A.S|S.A.S.|SLU|S.L|S.L.|S.L.U.',
  ),
  ...words('S.p.A|S.p.A.|S.P.A|S.P.A.|S.r.l|S.r.l.|B.V|B.V.|N.V|N.V.|Lda|Lda.'),
  ...words('Pty Ltd|Pty Ltd.|Pty. Ltd|Pty. Ltd.|Pte Ltd|Pte Ltd.|Pte. Ltd|Pte. Ltd.'),
  ...words('PTE LTD|PTE LTD.|PTE. LTD|PTE. LTD.|Pvt Ltd|Pvt Ltd.|Pvt. Ltd|Pvt. Ltd.'),
  // A shouted Australian record header: "BLUEGUM JOINERY PTY LTD".
  ...words('PTY LTD|PTY LTD.|PTY. LTD|PTY. LTD.'),
  // German, Austrian, French, Portuguese and English forms met on unseen records
  // ("Telefónica Germany GmbH & Co. OHG", "Süddeutsche Krankenversicherung a.G.").
  ...words('OHG|KGaA|mbH|gGmbH|eG|e.V.|a.G.|GbR|SARL|SASU|Ltda|Ltda.|S/A|LLP'),
  // Italian forms written without their dots or in capitals ("ASCOM SERVICE SRL", "ACME21 S.R.L.").
  ...words('SRL|Srl|S.R.L|S.R.L.|SpA|SPA|S.p.a|S.p.a.|Snc|S.n.c.|SNC|Sas|S.a.s.'),
  // Mexican, Peruvian and Chilean forms ("Distribuidora del Valle S.A. de C.V.", "Minera Sur S.A.C.").
  ...words('SA de CV|S.A. de C.V.|S.A de C.V.|S. A. de C. V.|SAPI de CV|S.A.P.I. de C.V.'),
  ...words('S de RL de CV|S. de R.L. de C.V.|SAC|S.A.C.|EIRL|E.I.R.L.'),
];

/**
 * Legal forms as a company's own text may type them in lower case after its capitalised name
 * ("Advancia Technology srl sta cercando…", "Acme gmbh sucht…"). Only forms that are no common word
 * in any posting language: not "sa", "spa", "ag", "se", "bv".
 */
export const LOWER_LEGAL_FORMS: readonly string[] = words(
  'srl|s.r.l.|s.r.l|s.p.a.|s.p.a|gmbh|sarl|sàrl|ltda|ltda.|lda|lda.|ltd|ltd.|b.v.|n.v.|s.a.s.',
);

/** Acronyms that are no registering body (`kinds/credentials.ts`): licences read elsewhere, places, departments. */
export const NOT_BODY_ACRONYMS: readonly string[] = words('CDL|RN|LPN|LVN|UK|US|EU|IT|HR|CV');

/** Bodies whose name may precede "Certificate III" ("AQF Certificate III"). */
export const CERTIFICATE_BODIES: readonly string[] = words(
  'AQF|ITI|WSQ|NCFE|BTEC|CSCS|SIA|IPAF|PASMA|SSSTS|SMSTS|CITB',
);

/** Bodies whose name precedes a ticket or card ("CSCS card", "NEBOSH certificate"). */
export const TICKET_BODIES: readonly string[] = words(
  'ITI|WSQ|NCFE|BTEC|CSCS|SIA|IPAF|PASMA|SSSTS|SMSTS|CITB|NEBOSH|IOSH',
);

/**
 * Language tests and certificates, by the language they certify: "valid IELTS (Overall 7)",
 * "Goethe-Zertifikat B2", "DELF B2". Proper names, the same in every posting language.
 */
export const LANGUAGE_TESTS: Readonly<Record<string, string>> = {
  IELTS: 'en',
  TOEFL: 'en',
  TOEIC: 'en',
  OET: 'en',
  'Goethe-Zertifikat': 'de',
  TestDaF: 'de',
  DELF: 'fr',
  DALF: 'fr',
  DELE: 'es',
  SIELE: 'es',
  CELI: 'it',
  CILS: 'it',
  'CELPE-Bras': 'pt',
};

/**
 * Test names that are other acronyms too (Québec's CELI is a tax-free savings account, "REER &
 * CELI"): read as a test only with a grade right after them ("CELI 3", "CELI B2").
 */
export const GRADED_ONLY_TESTS: readonly string[] = words('CELI');

/**
 * Free mail services: an address there ("jane.doe@gmail.com") names no employer by its domain,
 * unlike "jobs@acme.com".
 */
export const FREE_MAIL: readonly string[] = words(
  'gmail|googlemail|yahoo|hotmail|outlook|live|msn|aol|icloud|me|mac|gmx|web|t-online|freenet|' +
    'orange|wanadoo|free|laposte|sfr|libero|virgilio|tiscali|alice|tin|uol|bol|terra|ziggo|kpnmail|' +
    'telenet|skynet|proton|protonmail|yandex|mail|email|zoho|btinternet|sky|rediffmail|qq|163',
);

/** Code hosts and portfolio sites whose name also stands for the candidate's own page there. */
export const PROFILE_SITES: readonly string[] = words(
  'GitHub|GitLab|Bitbucket|Behance|Dribbble|LinkedIn|Stack Overflow|Kaggle|Hugging Face',
);
