import type { Extraction, FitReport, Requirement, Salary } from '../lib/schema';
import { askedLevel } from '../lib/schema/values';

/** The part of the fit report the summary shows. */
export type FitSummary = Pick<
  FitReport,
  'score' | 'requiredMet' | 'requiredTotal' | 'preferredMet' | 'preferredTotal'
> & { dealbreakers: string[]; items: { status: string; reason: string }[] };

/** The CLI's human summary: posting facts, then requirements grouped required / preferred. */

function salaryText(s: Salary | null): string {
  if (!s) return '—';
  const amount =
    s.min !== null && s.max !== null && s.min !== s.max
      ? `${s.min}–${s.max}`
      : String(s.min ?? s.max ?? '?');
  return [amount, s.currency, s.period ? `per ${s.period}` : null].filter(Boolean).join(' ');
}

function years(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max} years`;
  if (min !== null) return `${min}+ years`;
  if (max !== null) return `up to ${max} years`;
  return '';
}

export function describe(r: Requirement): string {
  switch (r.kind) {
    case 'experience':
      return `Experience${r.minYears !== null || r.maxYears !== null ? `: ${years(r.minYears, r.maxYears)}` : ''}${r.field ? ` in ${r.field}` : ''}`;
    case 'language': {
      const level = askedLevel(r);
      return `Language: ${r.language}${level ? ` (${level}${r.cefr ? `, ${r.cefr}` : ''})` : r.cefr ? ` (${r.cefr})` : ''}`;
    }
    case 'education':
      return `Education: ${r.level.replace('_', ' ')}${r.field ? ` in ${r.field}` : ''}${r.equivalentAccepted ? ' (or equivalent)' : ''}`;
    case 'skill':
      return `Skill: ${r.name}`;
    case 'certification':
      return `Certification: ${r.name}`;
    case 'travel':
      return `Travel${r.percent !== null ? `: up to ${r.percent}%` : ''}`;
    case 'schedule':
      return `Schedule: ${r.schedule.replace('_', ' ')}`;
    case 'work_authorization':
      return `Work authorization${r.country ? `: ${r.country}` : ''}`;
    case 'license':
      return `Licence: ${r.name}`;
    case 'clearance':
      return `Clearance: ${r.name}`;
  }
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}...` : flat;
}

export function summarize(x: Extraction, fit?: FitSummary): string {
  const p = x.posting;
  const dash = (v: string | null) => v ?? '—';
  const lines = [
    `${dash(p.title)} · ${dash(p.company)}`,
    `Locations: ${p.locations.length > 0 ? p.locations.join('; ') : '—'} · Posting language: ${p.lang}`,
    `Workplace: ${dash(p.workplace)} · Employment: ${dash(p.employmentType)} · Salary: ${salaryText(p.salary)}`,
    `Relocation: ${dash(p.relocation)} · Visa sponsorship: ${dash(p.visaSponsorship)}`,
  ];
  if (fit) {
    lines.push(
      `Fit: ${fit.score ?? '—'}/100 · required met ${fit.requiredMet}/${fit.requiredTotal} · preferred met ${fit.preferredMet}/${fit.preferredTotal}`,
      ...fit.dealbreakers.map((d) => `  ✗ dealbreaker: ${d}`),
    );
  }
  for (const [label, required] of [
    ['Required', true],
    ['Preferred', false],
  ] as const) {
    const group = x.requirements.flatMap((r, i) =>
      r.required === required ? [{ r, item: fit?.items[i] }] : [],
    );
    lines.push('', `${label} (${group.length})`);
    if (group.length === 0) lines.push('  none found');
    for (const { r, item } of group) {
      lines.push(`  • ${describe(r)}${item ? ` [${item.status}: ${item.reason}]` : ''}`);
      if (r.evidence.text) lines.push(`      “${quote(r.evidence.text)}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}
