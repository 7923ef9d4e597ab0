import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitWhy } from '@/components/text/fit';
import type { FitFact, FitItem, FitReason, FitStatus } from '../schema';
import { DEALBREAKER_CAP, summarize } from './score';
import { req } from './testing';

const skill = (required: boolean) => req('skill', { name: 'Excel' }, required);
const item = (status: FitStatus, dealbreaker = false): FitItem => ({
  status,
  reason: { code: 'named.missing', name: status, kind: 'skill' },
  ...(dealbreaker ? { dealbreaker } : {}),
});

function run(required: FitStatus[], preferred: FitStatus[] = [], facts: FitFact[] = []) {
  const reqs = [...required.map(() => skill(true)), ...preferred.map(() => skill(false))];
  return summarize(
    reqs,
    [...required, ...preferred].map((s) => item(s)),
    facts,
  );
}

describe('summarize', () => {
  it('counts met over known items, leaving unknown out of both', () => {
    const report = run(['met', 'partial', 'unmet', 'unknown'], ['met', 'unknown']);
    expect(report).toMatchObject({
      requiredMet: 1,
      requiredTotal: 3,
      requiredUnknown: 1,
      preferredMet: 1,
      preferredTotal: 1,
      preferredUnknown: 1,
    });
    // (1 + 0.5) / 3 required, every known preferred met.
    expect(report.score).toBe(50);
  });

  it('keeps items in requirement order', () => {
    const report = run(['unmet', 'met'], ['partial']);
    expect(report.items.map((i) => i.status)).toEqual(['unmet', 'met', 'partial']);
  });

  it('never scores above the required ratio, however many preferred items are met', () => {
    const report = run(['met', 'unmet'], ['met', 'met', 'met', 'met']);
    expect(report.score).toBe(50);
    expect(run(['met', 'unmet'], ['unmet']).score).toBe(40);
  });

  it('scores 100 only when everything known is met', () => {
    expect(run(['met', 'met'], ['met']).score).toBe(100);
    expect(run(['met', 'met'], ['partial']).score).toBe(90);
  });

  it('is null when no required item could be compared', () => {
    expect(run(['unknown', 'unknown'], ['met']).score).toBeNull();
    expect(run([]).score).toBeNull();
  });

  it('scores preferred items alone when the posting requires nothing', () => {
    expect(run([], ['met', 'unmet']).score).toBe(50);
  });

  it('leaves posting facts out of the score and says so in its one line', () => {
    const floor = { amount: 60_000, currency: 'EUR', period: 'year' } as const;
    const salary: FitFact = {
      topic: 'salary',
      status: 'unmet',
      reason: {
        code: 'salary.below',
        pay: { lo: 40_000, hi: 40_000, currency: 'EUR', period: 'year' },
        floor,
      },
    };
    const where: FitFact = {
      topic: 'location',
      status: 'unmet',
      reason: { code: 'location.wontRelocate', where: ['Oslo'], remote: false, mine: ['Porto'] },
    };
    const report = run(['met', 'met', 'met', 'met', 'met', 'met', 'unmet'], [], [salary, where]);
    // Six of seven required items met: the score says so, whatever the location.
    expect(report.score).toBe(86);
    expect(fitWhy(report.why)).toBe(
      '6 of 7 required items met. Not in the score: the salary and location do not suit you.',
    );
  });

  it('writes one line that counts partly met and unknown items', () => {
    const report = run(['met', 'partial', 'unknown'], ['met', 'unmet']);
    expect(fitWhy(report.why)).toBe(
      '1 of 2 required items met (1 partly), 1 of 2 preferred met, 1 not in your profile.',
    );
    expect(fitWhy(run(['unknown']).why)).toBe(
      'None of the required items could be compared with your profile, 1 not in your profile.',
    );
  });

  it('caps the score and lists the reason of every dealbreaker', () => {
    const onCall: FitItem = {
      ...item('unmet', true),
      reason: { code: 'schedule.dealbreaker', schedule: 'on_call' },
    };
    const onsite: FitFact = {
      topic: 'workplace',
      status: 'unmet',
      reason: { code: 'workplace.onsiteDealbreaker' },
      dealbreaker: true,
    };
    const reqs = [skill(true), skill(true), skill(true)];
    const report = summarize(reqs, [item('met'), item('met'), onCall], [onsite]);
    expect(report.dealbreakers).toEqual([onCall.reason, onsite.reason]);
    expect(report.score).toBeLessThanOrEqual(DEALBREAKER_CAP);
    expect(fitWhy(report.why)).toContain(`Capped at ${DEALBREAKER_CAP}: 2 dealbreakers.`);
    expect(summarize([skill(true)], [item('unknown')], [onsite]).score).toBe(0);
  });
});

describe('summarize, for any mix of statuses', () => {
  const status = fc.constantFrom<FitStatus>('met', 'partial', 'unmet', 'unknown');

  it('never scores above what the required items justify, and never counts unknown', () => {
    fc.assert(
      fc.property(fc.array(status), fc.array(status), (required, preferred) => {
        const report = run(required, preferred);
        const known = required.filter((s) => s !== 'unknown');
        const met = known.filter((s) => s === 'met').length;
        const partial = known.filter((s) => s === 'partial').length;
        expect(report.requiredTotal).toBe(known.length);
        expect(report.requiredMet).toBe(met);
        expect(report.requiredUnknown).toBe(required.length - known.length);
        if (known.length > 0) {
          expect(report.score).not.toBeNull();
          expect(report.score ?? 0).toBeLessThanOrEqual(
            Math.round((100 * (met + partial / 2)) / known.length),
          );
        } else if (required.length > 0) {
          expect(report.score).toBeNull();
        }
      }),
    );
  });
});

describe('the score, as statuses change', () => {
  const status = fc.constantFrom<FitStatus>('met', 'partial', 'unmet', 'unknown');
  const score = (r: FitStatus[], p: FitStatus[]) => run(r, p).score ?? -1;

  it('never drops when an unknown item becomes met', () => {
    fc.assert(
      fc.property(fc.array(status), fc.array(status), fc.nat(), (required, preferred, pick) => {
        const all = [...required, ...preferred];
        const unknowns = all.flatMap((s, i) => (s === 'unknown' ? [i] : []));
        if (unknowns.length === 0) return;
        const at = unknowns[pick % unknowns.length] as number;
        const next = all.map((s, i) => (i === at ? 'met' : s));
        const r2 = next.slice(0, required.length);
        const p2 = next.slice(required.length);
        expect(score(r2, p2)).toBeGreaterThanOrEqual(score(required, preferred));
      }),
    );
  });

  it('never drops when a met required item is added', () => {
    fc.assert(
      fc.property(fc.array(status), fc.array(status), (required, preferred) => {
        expect(score([...required, 'met'], preferred)).toBeGreaterThanOrEqual(
          score(required, preferred),
        );
      }),
    );
  });

  it('does not move with the posting facts', () => {
    const fact = fc.record({
      topic: fc.constantFrom<FitFact['topic']>(
        'workplace',
        'location',
        'salary',
        'visa',
        'employment',
      ),
      status,
      reason: fc.constant<FitReason>({ code: 'location.remoteAnywhere' }),
    });
    fc.assert(
      fc.property(fc.array(status), fc.array(fact, { maxLength: 5 }), (required, facts) => {
        expect(run(required, [], facts).score).toBe(run(required).score);
      }),
    );
  });
});
