import { prettifyError, z } from 'zod';
import { getSettings, recordCapture } from '../db';
import { extract } from '../extract';
import type { CaptureReply } from '../messages';
import { type ExtractInput, PageCapture } from '../schema';

const JsonObject = z.record(z.string(), z.unknown());

/** The JSON-LD arrives as a string (its size is checked as one); the engine wants the object. */
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
 * Validates a capture from a content script (the sender is checked by the caller), runs the engine
 * and stores the result. The engine runs before the database transaction opens: nothing foreign is
 * awaited inside it. Never throws: the content script gets `{stored: false, error}` instead.
 */
export async function handleCapture(payload: unknown, now: number): Promise<CaptureReply> {
  const parsed = PageCapture.safeParse(payload);
  if (!parsed.success) {
    return {
      stored: false,
      jobKey: null,
      error: `Invalid capture: ${prettifyError(parsed.error)}`,
    };
  }
  const capture = parsed.data;
  try {
    if (!(await getSettings()).captureEnabled) return { stored: false, jobKey: capture.jobKey };
    const extraction = extract({
      text: capture.text,
      jsonLd: jsonLdObject(capture.jsonLd),
      meta: {
        title: capture.title,
        company: capture.company,
        location: capture.location,
        url: capture.canonicalUrl,
      },
    });
    const { jobKey } = await recordCapture(capture, extraction, now);
    return { stored: true, jobKey };
  } catch (error) {
    return { stored: false, jobKey: capture.jobKey, error: String(error) };
  }
}
