/**
 * Builds lib/extract/data/skills.json from the O*NET 29.2 technology list (CC BY 4.0).
 *
 * O*NET names are catalogue entries ("Atlassian JIRA", "Hypertext markup language HTML",
 * "Alteryx software"); postings write "JIRA", "HTML", "Alteryx". This script derives the names
 * people write, drops generic entries ("Spreadsheet software"), and marks names that are also
 * everyday words with a leading "^" so the matcher only accepts them capitalised.
 *
 * Usage: npm run dictionary [-- path/to/onet-29.2-technology-names.tsv]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize } from '../lib/extract/kinds/skill-data/tokens';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SOURCE = join(root, '..', 'shared', 'data', 'onet-29.2-technology-names.tsv');
const OUT = join(root, 'lib', 'extract', 'data', 'skills.json');
const MAX_TOKENS = 4;

/** Vendors whose prefix postings usually leave out ("Autodesk AutoCAD" → "AutoCAD"). Longest first. */
const VENDORS = [
  'Amazon Web Services AWS',
  'Amazon Web Services',
  'Dassault Systemes',
  'The MathWorks',
  'The Mathworks',
  'Salesforce.com',
  'Salesforce',
  'Hewlett Packard',
  'Red Hat',
  'Microsoft',
  'Atlassian',
  'Adobe',
  'Apache',
  'Oracle',
  'IBM',
  'Apple',
  'Amazon',
  'Autodesk',
  'ESRI',
  'Intuit',
  'Cisco',
  'Bentley',
  'Corel',
  'Siemens',
  'Trimble',
  'Symantec',
  'Citrix',
  'VMware',
  'JetBrains',
  'Mozilla',
  'Meta',
  'HP',
];

/**
 * Acronyms of kinds of software ("a WMS", "our CRM"): a posting naming one asks for a category,
 * not a tool, so neither the acronym nor its spelled-out name is a skill ("Oracle HRIS" still is).
 */
const CATEGORY_ACRONYMS: ReadonlySet<string> = new Set([
  'WMS',
  'TMS',
  'HRIS',
  'SMS',
  'ERP',
  'CRM',
  'ATS',
  'LMS',
  'POS',
]);

/** Company or social-network names that postings mostly use as names of companies, not tools. */
const DROP = new Set(
  [
    'Facebook',
    'Instagram',
    'LinkedIn',
    'Pinterest',
    'Twitter',
    'YouTube',
    'TikTok',
    'Snapchat',
    'Reddit',
    'WhatsApp',
    'Google',
    'Microsoft',
    'Amazon',
    'Apple',
    'Yahoo',
    'Bing',
    'Email',
    'Internet',
    'Web',
  ].map((s) => s.toLowerCase()),
);

/**
 * Product names that are everyday words but that postings do write alone ("Excel", "Tableau"):
 * kept, marked as common so the matcher wants them capitalised (and skills.ts wants context).
 */
const STANDALONE = [
  'access',
  'box',
  'chef',
  'excel',
  'go',
  'make',
  'notes',
  'office',
  'outlook',
  'project',
  'puppet',
  'ruby',
  'rust',
  'shell',
  'spark',
  'swift',
  'teams',
  'word',
  'tableau',
  'slack',
  'zoom',
  'visio',
  'works',
  'paint',
  'money',
  'publisher',
  'exchange',
  'drive',
  'meet',
  'sites',
  'slides',
  'sheets',
  'docs',
  'calendar',
  'books',
  'scholar',
  'sage',
  'illustrator',
  'keynote',
  'maya',
  'hive',
  'pig',
  'ant',
  'maven',
  'bamboo',
  'react',
  'scala',
  'unity',
  'inventor',
  'spring',
  'epic',
];

/** Everyday words (several languages) that O*NET's own lowercase vocabulary does not cover. */
const COMMON_EXTRA = [
  ...STANDALONE,
  'director',
  'reports',
  'analytics',
  'presenter',
  'painter',
  'middleware',
  'scheme',
  'forth',
  'flex',
  'audition',
  'domino',
  'blink',
  'seesaw',
  'squeegee',
  'safari',
  'cocoa',
  'aim',
  'abc',
  'etc',
  'jet',
  'mix',
  'pod',
  'ice',
  'fit',
  'sam',
  'tim',
  'rem',
  'dig',
  'hub',
  'bob',
  'cat',
  'act',
  'ace',
  'air',
  'art',
  'eye',
  'gas',
  'dos',
  'ear',
  'maestro',
  'atlas',
  'prism',
  'compass',
  'pilot',
  'focus',
  'impact',
  'insight',
  'vision',
  'pulse',
  'quest',
  'nexus',
  'summit',
  'fusion',
  'horizon',
];

/** Catalogue names whose usual name the rules cannot derive. */
const DISPLAY_OVERRIDES: Readonly<Record<string, string>> = {
  'Google Angular': 'Angular',
  'Google Android': 'Android',
  'Microsoft Office software': 'Microsoft Office',
  'Amazon Web Services AWS software': 'AWS',
  'Oracle Java': 'Java',
  'Apache Spark': 'Spark',
  'Jenkins CI': 'Jenkins',
  'Hibernate ORM': 'Hibernate',
  'Splunk Enterprise': 'Splunk',
  'Spring Framework': 'Spring',
  'Grafana Labs Grafana Cloud': 'Grafana',
  'Epic Systems': 'Epic',
  'Google Looker Analytics': 'Looker',
};

/** Marks the tokenizer drops: "Act!" would be looked up as the verb "act". */
const LOST_PUNCTUATION = /[!?,:;()"]/;

/** A trailing acronym that restates the words before it: "Cascading style sheets CSS". */
const ACRONYM = /^\(?([A-Z][A-Z0-9]{1,6})\)?$/;
const GENERIC_SUFFIX = /\s(?:software|Software|databases|programming language|suite|Suite)$/;

interface Row {
  name: string;
  /** O*NET's "hot technology" flag. */
  hot: boolean;
  /** Hot or in-demand technology, or used by several occupations: a name postings really write. */
  popular: boolean;
}

interface Entry {
  display: string;
  forms: Set<string>;
  popular: boolean;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter((w) => w.length > 0);
}

function tokenCount(form: string): number {
  return tokenize(form).length;
}

/**
 * A description of a kind of software rather than a product: every word lowercase, or sentence
 * case ("Label printing", "Spreadsheet software"), or a capitalised everyday word then lowercase.
 */
function isGeneric(ws: string[], vocab: Set<string>): boolean {
  if (ws.length < 2) return false;
  const rest = ws.slice(1);
  if (/^[A-Z][a-z]+$/.test(ws[0] ?? '') && rest.every((w) => /^[a-z]+$/.test(w))) return true;
  return ws.every((w, i) => {
    if (!/[a-z]/i.test(w)) return true;
    if (w === w.toLowerCase()) return true;
    return i === 0 && /^[A-Z][a-z-]*$/.test(w) && vocab.has(w.toLowerCase());
  });
}

function isCommon(form: string, vocab: Set<string>): boolean {
  return words(form).every((w) => vocab.has(w.toLowerCase()));
}

function stripVendor(name: string): string | null {
  for (const vendor of VENDORS) {
    if (name.startsWith(`${vendor} `)) return name.slice(vendor.length + 1);
  }
  return null;
}

/** Where the acronym of a name stands: its last word, or the last before lowercase words. */
function acronymIndex(ws: string[]): number {
  let at = ws.length - 1;
  while (at > 2 && /^[a-z]+$/.test(ws[at] ?? '')) at--;
  return ACRONYM.test(ws[at] ?? '') ? at : -1;
}

/** "EC2" abbreviates "Elastic Compute Cloud": same first letter, its letters in order. */
function abbreviates(acronym: string, phrase: string): boolean {
  const p = phrase.toLowerCase();
  const a = acronym.toLowerCase().replace(/[^a-z]/g, '');
  if (a.length === 0 || p[0] !== a[0]) return false;
  let at = 0;
  for (const ch of a) {
    at = p.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** A vendor-less product name worth matching alone: not a number, not only everyday words. */
function usableProduct(product: string | null, vocab: Set<string>): product is string {
  if (!product || /^\d/.test(product)) return false;
  const standalone = words(product).length === 1 && STANDALONE.includes(product.toLowerCase());
  return standalone || !isCommon(product, vocab);
}

function derive(row: Row, vocab: Set<string>): Entry | null {
  const raw = row.name.replace(/\s+/g, ' ').trim();
  let name = DISPLAY_OVERRIDES[raw] ?? raw;
  const described = GENERIC_SUFFIX.test(name);
  while (GENERIC_SUFFIX.test(name)) name = name.replace(GENERIC_SUFFIX, '');
  const ws = words(name);
  // "Pricing software", "Operational databases": one plain word before "software" names a kind
  // of software; O*NET flags the products among them ("Alteryx software") as hot technologies.
  const standalone = STANDALONE.includes(name.toLowerCase());
  if (described && /^[A-Z][a-z]+$/.test(name) && !row.hot && !standalone) return null;
  if (ws.length === 0 || DROP.has(name.toLowerCase()) || isGeneric(ws, vocab)) return null;
  // "Accounting software" → "Accounting": a kind of software, not a product ("Rust" stays).
  if (ws.length === 1 && isCommon(name, vocab) && !standalone) return null;

  const forms = new Set<string>([name]);
  if (name !== raw && !GENERIC_SUFFIX.test(raw)) forms.add(raw);
  let display = name;
  // The acronym ends the name, or is followed only by a lowercase description of its kind
  // ("Field programmable gate array FPGA design", "Low-level virtual machine LLVM compilers").
  const at = acronymIndex(ws);
  const acronym = at > 0 ? ACRONYM.exec(ws[at] ?? '')?.[1] : undefined;
  const spelled = ws.slice(0, at).join(' ');
  const bareSpelled = stripVendor(spelled) ?? spelled;
  if (acronym && ws.length >= 3 && abbreviates(acronym, bareSpelled)) {
    if (CATEGORY_ACRONYMS.has(acronym)) return null;
    forms.delete(name);
    forms.add(spelled);
    if (usableProduct(bareSpelled, vocab)) forms.add(bareSpelled);
    // A niche product's short acronym ("Marel production system MPS") collides with other uses
    // of the letters ("MPS/UPS" pay scales) far more often than it names the product.
    if (acronym.length > 4 || (acronym.length > 2 && row.popular)) {
      forms.add(acronym);
      display = acronym;
    } else display = spelled;
  }
  const product = stripVendor(display);
  if (usableProduct(product, vocab)) {
    forms.add(product);
    display = product;
  }
  const kept = [...forms].filter(
    (f) =>
      tokenCount(f) <= MAX_TOKENS &&
      !DROP.has(f.toLowerCase()) &&
      !CATEGORY_ACRONYMS.has(f.toUpperCase()) &&
      !LOST_PUNCTUATION.test(f),
  );
  // Only everyday words left ("Sales", "Bed Management", "IMPACT"): too generic to be evidence.
  const distinctive = kept.some((f) => !isCommon(f, vocab) || STANDALONE.includes(f.toLowerCase()));
  if (kept.length === 0 || !distinctive) return null;
  if (!kept.includes(display)) display = kept[0] ?? display;
  return { display, forms: new Set(kept), popular: row.popular };
}

/**
 * A plain one-word name of a niche product ("Analyze", "Tracks", "Velvet") reads as an ordinary
 * word far more often than as the product, and a bullet starting with it would match: dropped.
 * (The tools among them that postings do ask for, "Kotlin", "Flask", are in the alias table.)
 */
function isRiskyWord(form: string, entry: Entry): boolean {
  return /^[A-Z][a-z]+$/.test(form) && !entry.popular;
}

/** "^" marks a form the matcher accepts only capitalised: everyday words ("Excel", "Tableau"). */
function mark(form: string, vocab: Set<string>): string {
  return isCommon(form, vocab) ? `^${form}` : form;
}

function main(): void {
  const source = process.argv[2] ?? DEFAULT_SOURCE;
  let tsv: string;
  try {
    tsv = readFileSync(source, 'utf8');
  } catch {
    console.error(`build-dictionary: cannot read ${source}`);
    process.exit(1);
  }
  const table = tsv
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => (cols[0] ?? '').trim().length > 0);

  // Words O*NET itself writes in lowercase ("project management software") are everyday words;
  // a one-word name ("pandas", "netstat") is a product, not vocabulary.
  const vocab = new Set<string>(COMMON_EXTRA);
  for (const cols of table) {
    for (const text of [cols[0] ?? '', cols[2] ?? '']) {
      const ws = words(text);
      if (ws.length < 2) continue;
      for (const w of ws) if (/^[a-z]{2,}$/.test(w)) vocab.add(w);
    }
  }

  const byDisplay = new Map<string, Entry>();
  for (const cols of table) {
    const hot = cols[3] === 'Y';
    const popular = hot || cols[4] === 'Y' || Number(cols[5]) >= 3;
    const entry = derive({ name: cols[0] ?? '', hot, popular }, vocab);
    if (!entry) continue;
    const known = byDisplay.get(entry.display);
    if (!known) byDisplay.set(entry.display, entry);
    else {
      for (const f of entry.forms) known.forms.add(f);
      known.popular ||= entry.popular;
    }
  }

  const entries = [...byDisplay.values()]
    .sort((a, b) => a.display.localeCompare(b.display))
    .map((e) => {
      const forms = [e.display, ...e.forms].filter((f) => !isRiskyWord(f, e));
      return [...new Set(forms)].map((f) => mark(f, vocab));
    })
    .filter((forms) => forms.length > 0);

  const out = {
    source:
      'O*NET 29.2 Database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0. Modified by Reqlens: see lib/extract/data/CREDITS.md.',
    entries,
  };
  writeFileSync(OUT, `${JSON.stringify(out)}\n`);
  const size = Buffer.byteLength(JSON.stringify(out));
  console.log(
    `build-dictionary: ${entries.length} skills, ${(size / 1024).toFixed(0)} KB → ${OUT}`,
  );
}

main();
