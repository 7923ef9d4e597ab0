import { z } from 'zod';
import { labelFacts } from '../../detect/labels';
import type { ExtractInput, PageCapture } from '../../schema';

const JsonObject = z.record(z.string(), z.unknown());

/**
 * What the engine reads from a page capture. The JSON-LD travels as a string (so its size is
 * checked as one); anything that is not a JSON object is dropped rather than trusted.
 */
export function inputFromCapture(capture: PageCapture): ExtractInput {
  return {
    text: capture.text,
    jsonLd: withEmployer(jsonLdObject(capture.jsonLd), capture.company),
    meta: {
      title: capture.title,
      company: capture.company,
      location: capture.location,
      url: capture.canonicalUrl,
      ...siteFacts(capture),
    },
  };
}

function jsonLdObject(jsonLd: string | null): ExtractInput['jsonLd'] {
  if (jsonLd === null) return null;
  try {
    const parsed = JsonObject.safeParse(JSON.parse(jsonLd));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The company as stored (brand.ts: a career site's brand, a platform's tenant for its name or
 * for an entity's internal name) over the raw name in the JSON-LD it was read from, which the
 * engine would otherwise read first.
 */
function withEmployer(
  jsonLd: ExtractInput['jsonLd'],
  company: string | null,
): ExtractInput['jsonLd'] {
  const org = jsonLd?.hiringOrganization;
  const named = org !== null && typeof org === 'object' && !Array.isArray(org);
  const name = typeof org === 'string' ? org : named ? (org as { name?: unknown }).name : null;
  if (!jsonLd || !company || typeof name !== 'string') return jsonLd;
  if (name.trim().toLowerCase() === company.trim().toLowerCase()) return jsonLd;
  return { ...jsonLd, hiringOrganization: named ? { ...org, name: company } : company };
}

/**
 * What the site's own labels say ("Full-time", "Hybrid", "Sur site"), and the work model a place
 * field states ("Remote, Canada"): page fields, which the engine weighs like JSON-LD.
 */
function siteFacts(capture: PageCapture): NonNullable<ExtractInput['meta']> {
  const facts = labelFacts(capture.labels ?? []) ?? {};
  const workplace =
    facts.workplace ?? labelFacts(capture.location ? [capture.location] : [])?.workplace;
  return {
    ...(workplace ? { workplace } : {}),
    ...(facts.employmentType ? { employmentType: facts.employmentType } : {}),
  };
}
