/**
 * Fit on the dev postings for three made-up profiles (`npx tsx scripts/fit-dev.ts [dir] [--items out.json]`):
 * per profile, how many items (requirements and posting facts) are met, partly met, unmet or unknown,
 * the mean score, and a sample of reasons. `--items` also writes every item with its key, so two
 * runs (two commits) can be compared item by item. Skips cleanly when the folder is missing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fitReason } from '../components/text/fit';
import { extract } from '../lib/extract';
import { checkFit } from '../lib/fit';
import type { FitRequirement, FitStatus, Profile } from '../lib/schema';

export const DEV_PROFILES: Record<string, Profile> = {
  'support specialist, Dublin': {
    totalYears: 8,
    experience: [{ field: 'customer support', years: 8 }],
    skills: ['Zendesk', 'Salesforce Service Cloud', 'Jira', 'Excel', 'SQL'],
    certifications: ['ITIL 4 Foundation'],
    languages: [
      { language: 'en', level: 'native' },
      { language: 'es', level: 'B2' },
    ],
    education: { level: 'bachelor', field: 'business' },
    locations: ['Dublin, Ireland'],
    workplaces: ['hybrid', 'remote'],
    relocate: false,
    workAuthorization: ['EU'],
    minSalary: { amount: 40000, currency: 'EUR', period: 'year' },
    dealbreakers: ['night'],
  },
  'data analyst, Lyon': {
    totalYears: 4,
    experience: [
      { field: 'data analysis', years: 3 },
      { field: 'marketing', years: 1 },
    ],
    skills: ['SQL', 'Python', 'Power BI', 'Tableau', 'Excel'],
    languages: [
      { language: 'fr', level: 'native' },
      { language: 'en', level: 'C1' },
    ],
    education: { level: 'master', field: 'statistics' },
    locations: ['Lyon, France'],
    workplaces: ['hybrid', 'onsite'],
    relocate: true,
    workAuthorization: ['FR', 'EU'],
    minSalary: { amount: 3000, currency: 'EUR', period: 'month' },
    dealbreakers: [],
  },
  'backend developer, Munich': {
    totalYears: 6,
    experience: [{ field: 'software development', years: 6 }],
    skills: ['Java', 'Kotlin', 'Spring Boot', 'PostgreSQL', 'Docker', 'Kubernetes', 'AWS'],
    certifications: ['AWS Certified Developer'],
    languages: [
      { language: 'de', level: 'native' },
      { language: 'en', level: 'fluent' },
    ],
    education: { level: 'master', field: 'computer science' },
    locations: ['München, Germany'],
    workplaces: ['remote', 'hybrid'],
    travel: 10,
    workAuthorization: ['DE', 'EU'],
    minSalary: { amount: 70000, currency: 'EUR', period: 'year' },
    dealbreakers: ['on_call', 'contract'],
  },
};

/** One compared item, keyed so the same requirement can be found in another run. */
export interface ItemRecord {
  profile: string;
  posting: string;
  key: string;
  status: FitStatus;
  reason: string;
}

/** What a requirement is about, independent of its position in the list. */
function keyOf(r: FitRequirement): string {
  switch (r.kind) {
    case 'experience':
      return `experience:${r.field ?? ''}:${r.minYears ?? ''}`;
    case 'language':
      return `language:${r.language}`;
    case 'education':
      return `education:${r.level}:${r.field ?? ''}`;
    case 'travel':
      return 'travel';
    case 'schedule':
      return `schedule:${r.schedule}`;
    case 'work_authorization':
      return `work_authorization:${r.country ?? ''}`;
    default:
      return `${r.kind}:${r.name.toLowerCase()}`;
  }
}

const STATUSES: readonly FitStatus[] = ['met', 'partial', 'unmet', 'unknown'];

function main(argv: string[]): void {
  const itemsAt = argv.indexOf('--items');
  const out = itemsAt >= 0 ? argv[itemsAt + 1] : undefined;
  const dirArg = argv.find((a, i) => !a.startsWith('--') && i !== itemsAt + 1);
  const dir = resolve(dirArg ?? join(import.meta.dirname, '../../shared/postings-dev'));
  if (!existsSync(dir)) {
    process.stdout.write(`fit-dev: no dev postings at ${dir}; skipped.\n`);
    return;
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const extractions = names.map((f) => ({
    name: f.replace(/\.txt$/, ''),
    x: extract({ text: readFileSync(join(dir, f), 'utf8') }),
  }));
  const records: ItemRecord[] = [];
  for (const [profileName, profile] of Object.entries(DEV_PROFILES)) {
    const counts: Record<FitStatus, number> = { met: 0, partial: 0, unmet: 0, unknown: 0 };
    const scores: number[] = [];
    const mine: ItemRecord[] = [];
    for (const { name, x } of extractions) {
      const report = checkFit(profile, x);
      if (report.score !== null) scores.push(report.score);
      const seen = new Map<string, number>();
      const keyed = [
        ...report.items.map((item, i) => ({
          item,
          key: keyOf(x.requirements[i] as FitRequirement),
        })),
        ...report.facts.map((fact) => ({ item: fact, key: `fact:${fact.topic}` })),
      ];
      for (const { item, key } of keyed) {
        // The same requirement listed twice keeps apart by its order.
        const n = seen.get(key) ?? 0;
        seen.set(key, n + 1);
        counts[item.status]++;
        const reason = fitReason(item.reason);
        mine.push({
          profile: profileName,
          posting: name,
          key: `${key}#${n}`,
          status: item.status,
          reason,
        });
      }
    }
    records.push(...mine);
    const mean = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : Number.NaN;
    process.stdout.write(
      `\n== ${profileName} (${extractions.length} postings, ${mine.length} items)\n`,
    );
    process.stdout.write(`   ${STATUSES.map((s) => `${s} ${counts[s]}`).join(' · ')}\n`);
    process.stdout.write(
      `   mean score ${mean.toFixed(1)} over ${scores.length} scored postings\n`,
    );
    // A steady sample: every n-th item, so two runs pick from the same places.
    const step = Math.max(1, Math.floor(mine.length / 5));
    for (let i = 0; i < 5 && i * step < mine.length; i++) {
      const r = mine[i * step] as ItemRecord;
      process.stdout.write(`   - [${r.posting} ${r.status}] ${r.reason}\n`);
    }
  }
  if (out) writeFileSync(out, JSON.stringify(records, null, 1));
}

main(process.argv.slice(2));
