import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitReason } from '@/components/text/fit';
import { extract } from '../extract';
import type { Extraction, FitReport, FitStatus, Profile, Requirement } from '../schema';
import { checkFit } from './index';
import { PROFILES, said } from './testing';

/** The real postings beside the repo (read-only, never copied); skipped on a clone without them. */
const dir = path.resolve(import.meta.dirname, '../../../shared/postings');
const read = (name: string) => readFileSync(path.join(dir, `${name}.txt`), 'utf8');

function fitPosting(profile: Profile, name: string) {
  const extraction = extract({ text: read(name) });
  return { extraction, report: checkFit(profile, extraction) };
}

/** The status of the first requirement that `pick` selects; fails when the engine missed it. */
function statusOf(
  { extraction, report }: { extraction: Extraction; report: FitReport },
  pick: (r: Requirement) => boolean,
): FitStatus {
  const i = extraction.requirements.findIndex(pick);
  expect(i, 'requirement not extracted').toBeGreaterThanOrEqual(0);
  return report.items[i]?.status ?? 'unknown';
}

const french = (r: Requirement) => r.kind === 'language' && r.language === 'fr';
const english = (r: Requirement) => r.kind === 'language' && r.language === 'en';
const years = (n: number) => (r: Requirement) => r.kind === 'experience' && r.minYears === n;
const bachelor = (r: Requirement) => r.kind === 'education' && r.level === 'bachelor';

describe.skipIf(!existsSync(dir))('fit on the real postings in ../shared/postings', () => {
  const accountManager = 'pinterest-senior-account-manager-french-market';
  const supportAnalyst = 'twitter-senior-support-analyst';
  const partnerSuccess = 'pinterest-partner-success-specialist-dublin';

  it('a French-speaking marketer with 6 years fits the French-market account manager role', () => {
    const run = fitPosting(PROFILES.frenchMarketer, accountManager);
    expect(statusOf(run, years(5))).toBe('met');
    expect(statusOf(run, french)).toBe('met');
    expect(statusOf(run, english)).toBe('met');
    expect(run.report.requiredMet).toBe(run.report.requiredTotal);
    expect(run.report.score).toBeGreaterThanOrEqual(90);
  });

  it('school French and 3 years fall short on both, and the score says so', () => {
    const run = fitPosting(PROFILES.schoolFrench, accountManager);
    expect(statusOf(run, years(5))).toBe('unmet');
    expect(statusOf(run, french)).toBe('unmet');
    expect(statusOf(run, english)).toBe('met');
    expect(said(run.report.items[run.extraction.requirements.findIndex(french)])).toBe(
      'It asks for fluent French; you have A2 (basic).',
    );
    expect(run.report.score).toBeLessThanOrEqual(40);
  });

  it('a support analyst with 5 years fits the support analyst role', () => {
    const run = fitPosting(PROFILES.supportAnalyst, supportAnalyst);
    expect(statusOf(run, years(4))).toBe('met');
    expect(statusOf(run, bachelor)).toBe('met');
    expect(statusOf(run, (r) => r.kind === 'skill' && r.name === 'JIRA')).toBe('met');
    expect(statusOf(run, (r) => r.kind === 'skill' && r.name === 'Kanban')).toBe('unmet');
    // "Some travel may be required": how much is not said, and this analyst caps travel at 20%.
    expect(statusOf(run, (r) => r.kind === 'travel')).toBe('partial');
    expect(statusOf(run, (r) => r.kind === 'schedule' && r.schedule === 'on_call')).toBe('met');
    expect(run.report.dealbreakers).toEqual([]);
  });

  it('the marketer is no support analyst: years in marketing do not count for support', () => {
    const run = fitPosting(PROFILES.frenchMarketer, supportAnalyst);
    expect(statusOf(run, years(4))).toBe('unmet');
    expect(statusOf(run, bachelor)).toBe('met');
    const sf = run.report.facts.find((f) => f.topic === 'location');
    expect(sf?.status).toBe('unmet');
    // The on-call rotation is one of the marketer's dealbreakers.
    expect(statusOf(run, (r) => r.kind === 'schedule' && r.schedule === 'on_call')).toBe('unmet');
    expect(run.report.dealbreakers.map(fitReason)).toContain(
      'It asks for an on-call rotation, and that is one of your dealbreakers.',
    );
    expect(run.report.score).toBeLessThanOrEqual(10);
  });

  it('the Dublin role is in the school-French candidate city', () => {
    const run = fitPosting(PROFILES.schoolFrench, partnerSuccess);
    expect(run.report.facts.find((f) => f.topic === 'location')?.status).toBe('met');
  });

  it.each([accountManager, supportAnalyst, partnerSuccess])(
    'an empty profile gives unknown for every item of %s',
    (name) => {
      const { extraction, report } = fitPosting({}, name);
      expect(report.items).toHaveLength(extraction.requirements.length);
      expect(report.items.every((i) => i.status === 'unknown')).toBe(true);
      expect(report.requiredTotal).toBe(0);
      expect(report.score).toBeNull();
    },
  );
});
