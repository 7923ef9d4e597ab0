import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Meta-tests that keep the project's conventions (in the spirit of Refined GitHub's).
const root = path.resolve(import.meta.dirname, '..');

function sources(dir: string): string[] {
  const abs = path.join(root, dir);
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) ? [rel] : [];
  });
}

const shipped = ['entrypoints', 'components', 'lib', 'utils']
  .flatMap(sources)
  .filter((f) => !/\.test\.tsx?$/.test(f));
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');

/** Relative and alias imports of a file, resolved to repo paths without extension. */
function imports(file: string): string[] {
  return [...read(file).matchAll(/from\s+['"]([^'"]+)['"]/g)].flatMap(([, spec = '']) => {
    if (spec.startsWith('@/')) return [spec.slice(2)];
    if (spec.startsWith('.')) return [path.join(path.dirname(file), spec)];
    return [];
  });
}

/** Every repo file reachable from `file` through imports. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  for (const target of imports(file)) {
    const candidates = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`, target];
    const hit = candidates.find((c) => shipped.includes(c) || sources(path.dirname(c)).includes(c));
    if (hit && !seen.has(hit)) {
      seen.add(hit);
      reachable(hit, seen);
    }
  }
  return seen;
}

describe('project conventions', () => {
  it('finds the shipped sources it checks', () => {
    expect(shipped.length).toBeGreaterThan(5);
  });

  const contentScripts = shipped.filter((f) =>
    /^entrypoints\/[^/]+\.content(\.ts|\/index\.ts)$/.test(f),
  );

  it.each(contentScripts)('content script %s never imports the database or the engine', (file) => {
    const deps = [...reachable(file)];
    // Opening Dexie there would open the web page's IndexedDB; the engine's dictionary stays out of tabs.
    expect(deps.filter((d) => d.startsWith('lib/db') || d.startsWith('lib/extract'))).toEqual([]);
    expect(read(file)).not.toMatch(/from ['"]dexie/);
  });

  it('lib/ is pure: no browser API outside its wiring modules', () => {
    const offenders = shipped
      .filter((f) => f.startsWith('lib/') && !f.startsWith('lib/background/'))
      .filter((f) => /\bbrowser\.(runtime|tabs|storage|alarms|scripting|action)\b/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('never renders HTML from strings or makes network calls', () => {
    const offenders = shipped.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|\beval\(/.test(
        read(f),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('only lib/db imports Dexie itself (pages read through dexie-react-hooks)', () => {
    const offenders = shipped
      .filter((f) => !f.startsWith('lib/db/'))
      .filter((f) => /from\s+['"]dexie['"]/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('opens Dexie transactions only in lib/db', () => {
    const offenders = shipped
      .filter((f) => !f.startsWith('lib/db/'))
      .filter((f) => /\.transaction\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('every extension context that writes the database keeps the popup’s mirror of it', () => {
    // Static and dynamic imports: the popup loads its database side with import().
    const withDynamic = (file: string, seen = new Set<string>()): Set<string> => {
      const specs = [...read(file).matchAll(/(?:from\s+|import\()['"]([^'"]+)['"]/g)];
      for (const [, spec = ''] of specs) {
        const target = spec.startsWith('@/')
          ? spec.slice(2)
          : spec.startsWith('.')
            ? path.join(path.dirname(file), spec)
            : null;
        if (target === null) continue;
        const hit = [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`].find((c) =>
          shipped.includes(c),
        );
        if (hit && !seen.has(hit)) {
          seen.add(hit);
          withDynamic(hit, seen);
        }
      }
      return seen;
    };
    // Each context's entry: the background, each page's main module (content scripts never
    // reach the database, tested above).
    const roots = shipped.filter(
      (f) => /^entrypoints\/([^/.]+\.ts|[^/]+\/main\.tsx?)$/.test(f) && !contentScripts.includes(f),
    );
    const writers = roots.filter((root) => withDynamic(root).has('lib/db/database.ts'));
    expect(writers.sort()).toEqual([
      'entrypoints/background.ts',
      'entrypoints/dashboard/main.tsx',
      'entrypoints/popup/main.ts',
    ]);
    for (const root of writers) {
      expect(withDynamic(root).has('lib/background/tracker-mirror.ts'), root).toBe(true);
    }
    // Where the popup loads the database, it keeps the mirror (its writes go through it).
    const live = 'entrypoints/popup/LivePopup.tsx';
    expect(read(live)).toMatch(/^keepTrackerMirrorInSession\(\);$/m);
    expect(read('entrypoints/dashboard/main.tsx')).toMatch(/^keepTrackerMirrorInSession\(\);$/m);
    expect(read('entrypoints/background.ts')).toMatch(/^\s+keepTrackerMirrorInSession\(\);$/m);
  });

  it('components never import from entrypoints', () => {
    const offenders = shipped
      .filter((f) => f.startsWith('components/'))
      .filter((f) => imports(f).some((target) => target.startsWith('entrypoints')));
    expect(offenders).toEqual([]);
  });

  it('the engine reads character codes through String.prototype.charCodeAt (pipeline/chars.ts)', () => {
    // `text.charCodeAt(i)` on sentences of many string kinds is a slow, uncached method lookup.
    const bad = shipped
      .filter((f) => f.startsWith('lib/extract/'))
      .flatMap((f) =>
        read(f)
          .split('\n')
          .filter((line) => /[\w)\]]\.charCodeAt\(/.test(line) && !line.trim().startsWith('*'))
          .map((line) => `${f}: ${line.trim()}`),
      );
    expect(bad).toEqual([]);
  });

  it('every TODO names an issue or a date', () => {
    const bad = shipped.flatMap((f) =>
      read(f)
        .split('\n')
        .filter((line) => /\bTODO\b/.test(line) && !/TODO\((#\d+|\d{4}-\d{2}-\d{2})\)/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(bad).toEqual([]);
  });
});
