import type { EducationLevel } from '../../schema';
import { warmLater } from '../pipeline/gate';
import type { Found } from '../types';

/**
 * Requirements that schema.org JobPosting states in structured form:
 * `experienceRequirements.monthsOfExperience` and `educationRequirements.credentialCategory`.
 */

type JsonLd = Record<string, unknown>;

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, 10) : v === undefined || v === null ? [] : [v];
}

function field(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)[key]
    : undefined;
}

export function experienceFromJsonLd(jsonLd: JsonLd): Found | null {
  for (const req of asList(jsonLd.experienceRequirements)) {
    const raw = field(req, 'monthsOfExperience');
    const months = typeof raw === 'string' ? Number(raw) : raw;
    if (typeof months === 'number' && Number.isFinite(months) && months > 0 && months < 600) {
      const years = Math.round((months / 12) * 100) / 100;
      return { kind: 'experience', minYears: years, maxYears: null, field: null, at: 0 };
    }
  }
  return null;
}

const CREDENTIALS: [RegExp, EducationLevel][] = [
  [/doctor|phd/i, 'doctorate'],
  [/postgraduate|master/i, 'master'],
  [/bachelor/i, 'bachelor'],
  [/associate/i, 'associate'],
  [/high ?school|secondary/i, 'high_school'],
];

export function educationFromJsonLd(jsonLd: JsonLd): Found | null {
  for (const req of asList(jsonLd.educationRequirements)) {
    const category = typeof req === 'string' ? req : field(req, 'credentialCategory');
    if (typeof category !== 'string') continue;
    const hit = CREDENTIALS.find(([re]) => re.test(category.slice(0, 200)));
    if (hit) {
      return { kind: 'education', level: hit[1], field: null, equivalentAccepted: false, at: 0 };
    }
  }
  return null;
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(CREDENTIALS);
