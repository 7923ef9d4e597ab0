import { EMPLOYMENT_WORDS, SCHEDULE_WORDS, WORKPLACE_WORDS } from '@/lib/data/csv-words';
import type { EducationLevel, Requirement, RequirementKind } from '@/lib/schema';

/** Display words for the extraction contract's values (English UI). */

export const KIND_LABELS: Record<RequirementKind, string> = {
  experience: 'Experience',
  language: 'Language',
  education: 'Education',
  skill: 'Skill',
  certification: 'Certification',
  travel: 'Travel',
  schedule: 'Schedule',
  work_authorization: 'Work authorization',
  license: 'Licence',
  clearance: 'Clearance',
};

export const EDUCATION_LABELS: Record<EducationLevel, string> = {
  high_school: 'High school',
  vocational: 'Vocational',
  associate: "Associate's",
  bachelor: "Bachelor's",
  master: "Master's",
  doctorate: 'Doctorate',
};

// The value words are the ones the tracker CSV writes, so a screen and a spreadsheet say the same.
export const EMPLOYMENT_LABELS = EMPLOYMENT_WORDS;
export const SCHEDULE_LABELS = SCHEDULE_WORDS;
export const WORKPLACE_LABELS = WORKPLACE_WORDS;

function displayName(code: string, type: 'language' | 'region'): string {
  try {
    return new Intl.DisplayNames(['en'], { type }).of(code) ?? code;
  } catch {
    // A code Intl does not know is still worth showing as is.
    return code;
  }
}

function years(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null && max !== min) return `${min}–${max} years`;
  if (min !== null) return `${min}+ ${min === 1 ? 'year' : 'years'}`;
  if (max !== null) return `Up to ${max} years`;
  return null;
}

type Named = Extract<Requirement, { kind: 'skill' | 'certification' | 'license' }>;

const plainName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');

/** A named item as the posting wrote it ("k8s"), beside its canonical name when that differs. */
function namedParts(req: Named): string[] {
  const said = req.mention?.text.replace(/\s+/g, ' ').trim();
  if (!said || plainName(said) === plainName(req.name)) return [req.name];
  return [said, req.name];
}

/**
 * The item a requirement asks for, in a few words: "5+ years · marketing", "French · fluent",
 * "k8s · Kubernetes". Alternatives (the row's group) read "Salesforce or HubSpot", in the
 * posting's words.
 */
export function describeRequirement(
  req: Requirement,
  alternatives?: readonly Requirement[],
): string {
  if (alternatives && alternatives.length > 1) {
    const names = alternatives.map((r) =>
      r.kind === 'skill' || r.kind === 'certification' || r.kind === 'license'
        ? (namedParts(r)[0] as string)
        : describeRequirement(r),
    );
    return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
  }
  const parts: (string | null)[] = [];
  switch (req.kind) {
    case 'experience':
      parts.push(years(req.minYears, req.maxYears) ?? 'Experience', req.field);
      break;
    case 'language':
      parts.push(displayName(req.language, 'language'), req.level, req.cefr);
      break;
    case 'education':
      parts.push(
        EDUCATION_LABELS[req.level],
        req.field,
        req.equivalentAccepted ? 'or equivalent' : null,
      );
      break;
    case 'travel':
      parts.push(req.percent === null ? 'Travel' : `Up to ${req.percent}% travel`);
      break;
    case 'schedule':
      parts.push(SCHEDULE_LABELS[req.schedule]);
      break;
    case 'work_authorization':
      parts.push(
        req.country === null
          ? 'Authorized to work'
          : `Authorized to work in ${displayName(req.country, 'region')}`,
      );
      break;
    case 'skill':
    case 'certification':
    case 'license':
      parts.push(...namedParts(req));
      break;
    case 'clearance':
      parts.push(req.name);
      break;
  }
  return parts.filter((p): p is string => p !== null && p !== '').join(' · ');
}
