import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as catalogue from '@/components/text';
import { CSV_HEADER } from '@/lib/data/export';

// User-facing words go through one message catalogue (components/text/). This meta-test counts the
// words still written inline in JSX (text between tags, and aria-label / placeholder / title / alt
// attributes) and holds every file to a ceiling that may only fall: a file not listed may hold none.
// Plain modules of components/ and lib/fit may hold no literal words at all.
const root = path.resolve(import.meta.dirname, '..');

/** Files still being moved to the catalogue, with how many inline texts each may keep at most. */
const NOT_YET_MOVED: Record<string, number> = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'inline-text-ceilings.json'), 'utf8'),
);

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const abs = path.join(root, dir);
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return filesUnder(rel, keep);
    return keep(name) ? [rel] : [];
  });
}

const isSource = (ext: string) => (name: string) =>
  name.endsWith(ext) && !name.endsWith(`.test${ext}`);
const tsx = (dir: string) => filesUnder(dir, isSource('.tsx'));

const TEXT_ATTRIBUTES = new Set(['aria-label', 'placeholder', 'title', 'alt']);
const WORDS = /[A-Za-z]{2}/;

/**
 * The user-facing texts written inline in a component's source, read from its syntax tree (so
 * TypeScript such as `useState<string | null>(null)` is never mistaken for text). `strict` also
 * counts text that sits beside an expression (`Keep {name}`); otherwise only text between tags.
 */
function inlineTexts(source: string, strict = false): string[] {
  const file = ts.createSourceFile(
    'c.tsx',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      const betweenTags = source[node.pos - 1] === '>' && source[node.end] === '<';
      if (WORDS.test(text) && (strict || betweenTags)) found.push(text);
    } else if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText(file)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      WORDS.test(node.initializer.text)
    ) {
      found.push(node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Modules whose words are not the interface's: postings and profiles written for tests, and the
 * related-fields map, whose reasons are written down for the people who keep it (never shown).
 */
const NOT_WORDS_FILES = new Set([
  path.join('components', 'dashboard', 'fixtures.ts'),
  path.join('lib', 'fit', 'testing.ts'),
  path.join('lib', 'fit', 'fields.ts'),
  // Job-title words the prefill matches, never shown, and the fields of work it reads from them,
  // in the résumé's own language: data the user reviews and edits, as any typed field.
  path.join('lib', 'profile', 'roles.ts'),
  path.join('lib', 'profile', 'role-words.ts'),
  // Postings written for tests, and the company and title words duplicate matching leaves out.
  path.join('lib', 'data', 'fixtures.ts'),
  path.join('lib', 'data', 'testing-db.ts'),
  path.join('lib', 'data', 'duplicates.ts'),
]);

/**
 * lib/data modules whose words are a file format, not the interface: the tracker CSV's cells and
 * the header words the import recognises (csv-words.ts, export.ts), and the calendar file.
 */
const FILE_FORMAT = new Set([
  path.join('lib', 'data', 'csv-words.ts'),
  path.join('lib', 'data', 'export.ts'),
  path.join('lib', 'data', 'calendar.ts'),
]);

/**
 * lib/data modules that still write sentences of their own, to move to codes the way
 * lib/data/problems.ts does for the imports and the backups. Strike each when it is moved.
 */
const DATA_NOT_YET_MOVED = new Set<string>([]);

/** The CSV format's own column names (export.ts), which the import preview names changes by. */
const CSV_COLUMNS: readonly string[] = CSV_HEADER;

/** Literals that look like words but are code (a CSS selector, error names) or stored data. */
const NOT_WORDS: Record<string, string[]> = {
  [path.join('components', 'dashboard', 'useFold.ts')]: ['input, select, textarea'],
  [path.join('lib', 'profile', 'read-file.ts')]: ['ResumeFileError', 'PasswordException'],
  [path.join('lib', 'data', 'csv-cells.ts')]: ['CellError'],
  [path.join('lib', 'data', 'import-check.ts')]: ['ImportError'],
  // Written to the console with the error, for whoever reads it there.
  [path.join('lib', 'data', 'import.ts')]: ['Reqlens import failed'],
  // papaparse's name for an unclosed quote.
  [path.join('lib', 'data', 'csv-read.ts')]: ['Quotes'],
  // The folder in Downloads backups are saved to (BACKUP_TEXT.intro names it to the user).
  [path.join('lib', 'data', 'backup.ts')]: ['Reqlens backups'],
};

/** Reads as words: a word beside a space ("Up to ", "% travel", "a year") or a capitalised word. */
const READS_AS_WORDS =
  /\S\s+\p{L}{2}|\p{L}{2}\s+\S|^\s+\p{L}{2}|\p{L}{2}\s+$|(?<![\p{L}.])\p{Lu}\p{Ll}/u;

/**
 * The string and template literals of a TypeScript module that read as words, leaving out
 * imports, types, and property names and keys (`{ 'Key': 1 }`, `t['Key']`), which are code.
 */
function literalTexts(source: string): string[] {
  const file = ts.createSourceFile('m.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    const parent = node.parent;
    const isKey =
      (parent && ts.isPropertyAssignment(parent) && parent.name === node) ||
      (parent && ts.isElementAccessExpression(parent) && parent.argumentExpression === node);
    if (
      !isKey &&
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      READS_AS_WORDS.test(node.text) &&
      // An embedded image (`data:image/png;base64,…`) is bytes, not words.
      !node.text.startsWith('data:')
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('message catalogue', () => {
  it('finds inline text the way the rule means it', () => {
    expect(inlineTexts('<p>Saved to your tracker</p>')).toEqual(['Saved to your tracker']);
    expect(inlineTexts('<button aria-label="Close">{T.close}</button>')).toEqual(['Close']);
    expect(inlineTexts('<p>{T.saved}</p>')).toEqual([]);
    expect(inlineTexts('{open && <Panel />}')).toEqual([]);
    expect(inlineTexts('const [a, setA] = useState<string | null>(null);')).toEqual([]);
    expect(inlineTexts('const f = (s) => s.announce);\nreturn (<div>{m}</div>);')).toEqual([]);
    expect(inlineTexts('<p>Keep {name}</p>')).toEqual([]);
    expect(inlineTexts('<p>Keep {name}</p>', true)).toEqual(['Keep']);
  });

  const files = ['components', 'entrypoints'].flatMap(tsx);
  it('checks the components and pages', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s takes its words from the catalogue', (file) => {
    const source = readFileSync(path.join(root, file), 'utf8');
    const ceiling = NOT_YET_MOVED[file];
    // A file off the list is done: not even a word beside an expression may stay inline.
    const found = inlineTexts(source, ceiling === undefined);
    expect(found.length, `inline texts in ${file}: ${found.join(' | ')}`).toBeLessThanOrEqual(
      ceiling ?? 0,
    );
  });

  it('lists only files that exist', () => {
    const missing = Object.keys(NOT_YET_MOVED).filter((file) => !files.includes(file));
    expect(missing).toEqual([]);
  });

  // Words are not only written in JSX: a label or a sentence put together in TypeScript
  // (requirementLabel.ts, formatSalary.ts) reaches the screen just the same, and fit's reasons are
  // data that only components/text/fit.ts writes. So the plain modules of components/ and lib/fit
  // may hold no literal that reads as words either.
  const modules = [
    ...filesUnder('components', isSource('.ts')).filter(
      (file) => !file.startsWith(path.join('components', 'text')),
    ),
    // Fit's modules that give reasons (their data tables of places and fields are not words shown).
    ...filesUnder(path.join('lib', 'fit'), isSource('.ts')).filter((file) =>
      /\breason\b/.test(readFileSync(path.join(root, file), 'utf8')),
    ),
    // The résumé prefill's steps and problems are codes too (lib/profile/steps.ts).
    ...filesUnder(path.join('lib', 'profile'), isSource('.ts')),
    // So are the CSV import's and the backups' problems (lib/data/problems.ts).
    ...filesUnder(path.join('lib', 'data'), isSource('.ts')).filter(
      (file) => !FILE_FORMAT.has(file) && !DATA_NOT_YET_MOVED.has(file),
    ),
  ].filter((file) => !NOT_WORDS_FILES.has(file));

  it('finds words in a module the way the rule means it', () => {
    expect(literalTexts("const a = 'Authorized to work';")).toEqual(['Authorized to work']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's source, read as text
    expect(literalTexts('const a = `Up to ${n}% travel`;')).toEqual(['Up to ', '% travel']);
    expect(literalTexts("if (kind === 'work_authorization') x = 'hashchange';")).toEqual([]);
    expect(literalTexts("import { a } from './Text Words';\ntype K = 'Some Type';")).toEqual([]);
    expect(literalTexts("const t = { 'Key Name': 1 }; t['Other Key'];")).toEqual([]);
  });

  it('checks the plain modules', () => {
    expect(modules).toContain(path.join('components', 'requirementLabel.ts'));
    expect(modules).toContain(path.join('lib', 'fit', 'experience.ts'));
    for (const name of ['csv-read.ts', 'csv-mapping.ts', 'import-check.ts', 'backup.ts']) {
      expect(modules).toContain(path.join('lib', 'data', name));
    }
  });

  it('lists only lib/data files that exist', () => {
    const data = filesUnder(path.join('lib', 'data'), isSource('.ts'));
    expect([...FILE_FORMAT, ...DATA_NOT_YET_MOVED].filter((f) => !data.includes(f))).toEqual([]);
  });

  it.each(modules)('%s writes no words of its own', (file) => {
    const found = literalTexts(readFileSync(path.join(root, file), 'utf8')).filter(
      (text) =>
        !NOT_WORDS[file]?.includes(text) &&
        !(file.startsWith(path.join('lib', 'data')) && CSV_COLUMNS.includes(text)),
    );
    expect(found, `literal words in ${file}: ${found.join(' | ')}`).toEqual([]);
  });

  // Every entry of the catalogue is read somewhere: a word left behind after its screen changed is
  // a word a translator would translate for nothing.
  const users = ['components', 'entrypoints', 'lib']
    .flatMap((dir) => [...filesUnder(dir, isSource('.tsx')), ...filesUnder(dir, isSource('.ts'))])
    .filter((file) => !file.startsWith(path.join('components', 'text')))
    .map((file) => readFileSync(path.join(root, file), 'utf8'));

  /** How the files that import `name` call it (its own name, or `as` aliases). */
  function aliasesOf(name: string): { aliases: Set<string>; sources: string[] } {
    const aliases = new Set<string>();
    const sources: string[] = [];
    const imported = new RegExp(`\\b${name}(?:\\s+as\\s+(\\w+))?\\s*[,}]`, 'g');
    for (const source of users) {
      const imports = source.match(/import\s*\{[^}]{0,600}\}\s*from\s*'[^']{0,200}'/g) ?? [];
      const local = imports
        .filter((line) => /(?:components|\.)\/text'|\.\.?\/StatusSelect'|\.\/labels'/.test(line))
        .flatMap((line) => [...line.matchAll(imported)].map((m) => m[1] ?? name));
      if (local.length === 0) continue;
      sources.push(source);
      for (const alias of local) aliases.add(alias);
    }
    return { aliases, sources };
  }

  /** Tables written ahead for screens whose words are still being moved; strike each when it is. */
  const PREPARED_AHEAD = new Set(['POSTING_TEXT']);
  const tables = Object.entries(catalogue as Record<string, unknown>).filter(
    ([name, value]) => typeof value === 'object' && value !== null && !PREPARED_AHEAD.has(name),
  );
  it('checks every table of the catalogue', () => {
    expect(tables.length).toBeGreaterThan(10);
  });

  it.each(tables.map(([name]) => name))('%s is used, entry by entry', (name) => {
    const table = (catalogue as unknown as Record<string, Record<string, unknown>>)[name] ?? {};
    const { aliases, sources } = aliasesOf(name);
    expect(sources.length, `${name} is imported nowhere`).toBeGreaterThan(0);
    const read = (alias: string, key: string) =>
      sources.some(
        (source) =>
          new RegExp(`\\b${alias}\\.${key}\\b`).test(source) ||
          // A table indexed by a value (STATUS_LABELS[status]) reads all its entries.
          new RegExp(`\\b${alias}\\[`).test(source) ||
          new RegExp(`[{,]\\s*${alias}\\s*[,}]`).test(source.replace(/import[^;]{0,800};/g, '')),
      );
    const unused = Object.keys(table).filter((key) => ![...aliases].some((a) => read(a, key)));
    expect(unused, `entries of ${name} no component reads`).toEqual([]);
  });
});
