import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// User-facing words go through one message catalogue (components/text/). This meta-test counts the
// words still written inline in JSX (text between tags, and aria-label / placeholder / title / alt
// attributes) and holds every file to a ceiling that may only fall: a file not listed may hold none.
const root = path.resolve(import.meta.dirname, '..');

/** Files still being moved to the catalogue, with how many inline texts each may keep at most. */
const NOT_YET_MOVED: Record<string, number> = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'inline-text-ceilings.json'), 'utf8'),
);

function tsx(dir: string): string[] {
  const abs = path.join(root, dir);
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return tsx(rel);
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [rel] : [];
  });
}

const JSX_TEXT = />\s*([^<>{}]{0,400}[A-Za-z]{2}[^<>{}]{0,400})</g;
const TEXT_ATTRIBUTE =
  /\b(?:aria-label|placeholder|title|alt)="([^"]{0,400}[A-Za-z]{2}[^"]{0,400})"/g;

/** The user-facing texts written inline in a component's source. */
function inlineTexts(source: string): string[] {
  const between = [...source.matchAll(JSX_TEXT)]
    .map((m) => (m[1] ?? '').trim())
    .filter((text) => text && !/=>|&&|\|\|/.test(text));
  const attributes = [...source.matchAll(TEXT_ATTRIBUTE)].map((m) => m[1] ?? '');
  return [...between, ...attributes];
}

describe('message catalogue', () => {
  it('finds inline text the way the rule means it', () => {
    expect(inlineTexts('<p>Saved to your tracker</p>')).toEqual(['Saved to your tracker']);
    expect(inlineTexts('<button aria-label="Close">{T.close}</button>')).toEqual(['Close']);
    expect(inlineTexts('<p>{T.saved}</p>')).toEqual([]);
    expect(inlineTexts('{open && <Panel />}')).toEqual([]);
  });

  const files = ['components', 'entrypoints'].flatMap(tsx);
  it('checks the components and pages', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s takes its words from the catalogue', (file) => {
    const found = inlineTexts(readFileSync(path.join(root, file), 'utf8'));
    const ceiling = NOT_YET_MOVED[file] ?? 0;
    expect(found.length, `inline texts in ${file}: ${found.join(' | ')}`).toBeLessThanOrEqual(
      ceiling,
    );
  });
});
