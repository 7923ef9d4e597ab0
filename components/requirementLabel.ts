import type { Requirement } from '@/lib/schema';
import { askedLevel } from '@/lib/schema/values';
import { EDUCATION_LABELS, SCHEDULE_LABELS, REQUIREMENT_LABEL_TEXT as T } from './text';

/** A requirement's label, put together from the catalogue's words (components/text/requirements.ts). */

/** One Intl.DisplayNames per type, built on first use (a list names many languages). */
const namers = new Map<'language' | 'region', Intl.DisplayNames>();

function displayName(code: string, type: 'language' | 'region'): string {
  try {
    let namer = namers.get(type);
    if (!namer) {
      namer = new Intl.DisplayNames(['en'], { type });
      namers.set(type, namer);
    }
    return namer.of(code) ?? code;
  } catch {
    // A code Intl does not know is still worth showing as is.
    return code;
  }
}

function years(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null && max !== min) return T.yearSpan(min, max);
  if (min !== null) return T.yearsAtLeast(min);
  if (max !== null) return T.yearsAtMost(max);
  return null;
}

type Named = Extract<Requirement, { kind: 'skill' | 'certification' | 'license' }>;

const plainName = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');

/** "AWS certification" and "AWS Certified" name the same thing: the word for a certificate aside. */
const CERTIFICATE_WORD = /certif\p{L}*|zertifi\p{L}*|certyfi\p{L}*/giu;
const sameItem = (req: Named, said: string) =>
  req.kind === 'certification'
    ? plainName(said.replace(CERTIFICATE_WORD, '')) ===
      plainName(req.name.replace(CERTIFICATE_WORD, ''))
    : plainName(said) === plainName(req.name);

/** A named item as the posting wrote it ("k8s"), beside its canonical name when that differs. */
function namedParts(req: Named): string[] {
  const said = req.mention?.text.replace(/\s+/g, ' ').trim();
  if (!said || sameItem(req, said)) return [req.name];
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
    return T.either(names);
  }
  const parts: (string | null)[] = [];
  switch (req.kind) {
    case 'experience':
      parts.push(years(req.minYears, req.maxYears) ?? T.experience, req.field);
      break;
    case 'language':
      parts.push(displayName(req.language, 'language'), askedLevel(req), req.cefr);
      break;
    case 'education':
      parts.push(
        EDUCATION_LABELS[req.level],
        req.field,
        req.equivalentAccepted ? T.orEquivalent : null,
      );
      break;
    case 'travel':
      parts.push(req.percent === null ? T.travel : T.travelUpTo(req.percent));
      break;
    case 'schedule':
      parts.push(SCHEDULE_LABELS[req.schedule]);
      break;
    case 'work_authorization':
      parts.push(
        req.country === null ? T.authorized : T.authorizedIn(displayName(req.country, 'region')),
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
