import { z } from 'zod';
import { labelFacts } from '../../detect/labels';
import type { ExtractInput, PageCapture } from '../../schema';
import { isCity, isRegion } from '../kinds/places';

const JsonObject = z.record(z.string(), z.unknown());

/**
 * What the engine reads from a page capture. The JSON-LD travels as a string (so its size is
 * checked as one); anything that is not a JSON object is dropped rather than trusted.
 */
export function inputFromCapture(capture: PageCapture): ExtractInput {
  const jsonLd = jsonLdObject(capture.jsonLd);
  return {
    text: capture.text,
    jsonLd: withTowns(withEmployer(jsonLd, capture.company)),
    meta: {
      title: capture.title,
      company: capture.company,
      location: capture.location,
      url: capture.canonicalUrl,
      ...siteFacts(capture, telecommutes(jsonLd)),
    },
  };
}

/** Whether the JSON-LD flags the job TELECOMMUTE (detection then writes "Remote" into the place). */
function telecommutes(jsonLd: ExtractInput['jsonLd']): boolean {
  const type = jsonLd?.jobLocationType;
  return (Array.isArray(type) ? type : [type]).some(
    (t) => typeof t === 'string' && t.toUpperCase() === 'TELECOMMUTE',
  );
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
 * "115 South Jefferson Rd Campus": a house number of at most three digits, then the street's words.
 * Four or five digits are more often a postcode before the town ("2100 København Ø", "80331 München").
 */
const STREET = /^\d{1,3}[a-z]?\s+(\p{L}.{0,80})$/u;

/**
 * Boards that put the street in `addressLocality` and the town in `addressRegion` ("115 South
 * Jefferson Rd Campus" / "Whippany"): the street moves to `streetAddress` and the town up, so the
 * place reads as the town. A region that is a state or province ("New Jersey") is left alone.
 */
function withTowns(jsonLd: ExtractInput['jsonLd']): ExtractInput['jsonLd'] {
  const raw = jsonLd?.jobLocation;
  if (!jsonLd || !raw) return jsonLd;
  let moved = false;
  const places = (Array.isArray(raw) ? raw : [raw]).map((place: unknown) => {
    const p = place as { address?: Record<string, unknown> } | null;
    const a = p?.address;
    if (!a || typeof a !== 'object') return place;
    const { addressLocality: street, addressRegion: town, streetAddress } = a;
    if (typeof street !== 'string' || typeof town !== 'string' || streetAddress) return place;
    const words = STREET.exec(street.trim())?.[1];
    if (!words || isCity(words) || town.trim().length < 3 || isRegion(town)) return place;
    moved = true;
    const { addressRegion: _region, ...rest } = a;
    return { ...p, address: { ...rest, streetAddress: street, addressLocality: town } };
  });
  if (!moved) return jsonLd;
  return { ...jsonLd, jobLocation: Array.isArray(raw) ? places : places[0] };
}

/**
 * What the site's own labels say ("Full-time", "Hybrid", "Sur site"), and the work model a place
 * field states ("Remote, Canada"): page fields, which the engine weighs like JSON-LD. A place's
 * "Remote" that only repeats the JSON-LD's TELECOMMUTE flag is no second field: the workplace
 * reader weighs that flag against the text ("4 days a week in the office" is hybrid).
 */
function siteFacts(capture: PageCapture, telecommute: boolean): NonNullable<ExtractInput['meta']> {
  const facts = labelFacts(capture.labels ?? []) ?? {};
  const placed = labelFacts(capture.location ? [capture.location] : [])?.workplace;
  const workplace = facts.workplace ?? (telecommute && placed === 'remote' ? undefined : placed);
  return {
    ...(workplace ? { workplace } : {}),
    ...(facts.employmentType ? { employmentType: facts.employmentType } : {}),
  };
}
