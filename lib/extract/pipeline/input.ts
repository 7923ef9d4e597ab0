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
    jsonLd: jsonLdObject(capture.jsonLd),
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
