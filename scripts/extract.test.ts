import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { Extraction } from '../lib/schema';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'reqlens-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Runs the CLI in a child process (asynchronously, so the cases can run side by side). */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/extract.ts', ...args],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const POSTING = `Senior Data Analyst
Madrid, Spain

About Lumen:
Lumen builds analytics for retailers.

Requirements:
- 3-5 years of experience in retail analytics
- Advanced SQL and Tableau
- Fluent Spanish and English; German a plus
- Bachelor's degree in Statistics or equivalent experience

Nice to have:
- Experience with dbt
`;

describe.concurrent('extract CLI', () => {
  it('prints the contract as JSON', async () => {
    const r = await cli('--format', 'json', file('posting.txt', POSTING));
    expect(r.code).toBe(0);
    const x = Extraction.parse(JSON.parse(r.stdout));
    expect(x.posting.title).toBe('Senior Data Analyst');
    expect(x.posting.company).toBe('Lumen');
    expect(x.posting.locations).toEqual(['Madrid, Spain']);
    const langs = x.requirements.flatMap((q) =>
      q.kind === 'language' ? [[q.language, q.required]] : [],
    );
    expect(langs).toEqual([
      ['es', true],
      ['en', true],
      ['de', false],
    ]);
    const exp = x.requirements.find((q) => q.kind === 'experience');
    expect(exp).toMatchObject({
      minYears: 3,
      maxYears: 5,
      field: 'retail analytics',
      required: true,
    });
    for (const q of x.requirements) {
      expect(POSTING.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
    }
  }, 60_000);

  it('prints a readable summary by default, grouped required / preferred', async () => {
    const r = await cli(file('summary.txt', POSTING));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Senior Data Analyst · Lumen/);
    const required = r.stdout.indexOf('Required (');
    const preferred = r.stdout.indexOf('Preferred (');
    expect(required).toBeGreaterThan(0);
    expect(preferred).toBeGreaterThan(required);
    expect(r.stdout.slice(required, preferred)).toContain(
      'Experience: 3–5 years in retail analytics',
    );
    expect(r.stdout.slice(preferred)).toContain('Language: de');
    expect(r.stdout).toContain('“Fluent Spanish and English; German a plus”');
  }, 60_000);

  it('reads an .html page through detection (JSON-LD)', async () => {
    const html = `<!doctype html><html><head><title>Jobs</title>
<script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Backend Engineer',
      hiringOrganization: { '@type': 'Organization', name: 'Fjord AB' },
      description: '<p>We need 4+ years of experience with Go services and fluent Swedish.</p>',
      datePosted: '2026-01-10',
    })}</script></head><body><h1>Backend Engineer</h1>
<p>We need 4+ years of experience with Go services and fluent Swedish.</p></body></html>`;
    const r = await cli(
      '--format',
      'json',
      '--url',
      'https://fjord.example/jobs/42',
      file('page.html', html),
    );
    expect(r.code).toBe(0);
    const x = Extraction.parse(JSON.parse(r.stdout));
    expect(x.posting.title).toBe('Backend Engineer');
    expect(x.posting.company).toBe('Fjord AB');
    expect(x.requirements).toContainEqual(
      expect.objectContaining({ kind: 'language', language: 'sv' }),
    );
  }, 60_000);

  it('adds the fit report with --profile, one item per requirement in the same order', async () => {
    const profile = file(
      'profile.json',
      JSON.stringify({
        totalYears: 2,
        experience: [{ field: 'retail analytics', years: 2 }],
        languages: [
          { language: 'es', level: 'native' },
          { language: 'en', level: 'B1' },
        ],
        skills: ['SQL'],
      }),
    );
    const r = await cli('--format', 'json', '--profile', profile, file('fit.txt', POSTING));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const x = Extraction.parse(out);
    expect(out.fit.items).toHaveLength(x.requirements.length);
    const statusOf = (match: (q: (typeof x.requirements)[number]) => boolean) =>
      out.fit.items[x.requirements.findIndex(match)]?.status;
    expect(statusOf((q) => q.kind === 'language' && q.language === 'es')).toBe('met');
    expect(statusOf((q) => q.kind === 'language' && q.language === 'en')).toBe('unmet');
    // No education in the profile: unknown, never unmet.
    expect(statusOf((q) => q.kind === 'education')).toBe('unknown');
    expect(out.fit.requiredMet).toBeLessThan(out.fit.requiredTotal);
    expect(out.fit.items[0].reason).toMatch(/(You have|It asks) .*(it asks|your)/);
  }, 60_000);

  it('rejects a profile that does not match the format, naming the field', async () => {
    const r = await cli(
      '--profile',
      file('bad.json', '{"totalYears": "six"}'),
      file('p.txt', POSTING),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad profile .*totalYears/);
  }, 60_000);

  it.each([
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
    ['an empty file', () => [file('empty.txt', '  \n\n')], /empty file/],
    [
      'a binary file',
      () => [file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))],
      /binary/,
    ],
    [
      'invalid UTF-8',
      () => [file('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]))],
      /UTF-8/,
    ],
    ['an unknown flag', () => ['--verbose', file('x.txt', 'Engineer')], /unknown flag/],
    ['a bad format', () => ['--format', 'xml', file('y.txt', 'Engineer')], /bad --format/],
    ['no file', () => [], /no file given/],
  ])(
    'rejects %s with one line on stderr and exit code 1',
    async (_name, args, message) => {
      const r = await cli(...args());
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});
