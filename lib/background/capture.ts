import { prettifyError } from 'zod';
import { getSettings, recordCapture } from '../db';
import { asStored } from '../detect/brand';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/pipeline/input';
import type { CaptureReply } from '../messages';
import { type Extraction, PageCapture } from '../schema';

/** The reply for the content script, and what the popup may show of the stored posting at once. */
export interface CaptureOutcome {
  reply: CaptureReply;
  /** The extraction with the page's own names filled in; null when nothing was stored. */
  extraction: Extraction | null;
}

/**
 * Validates a capture from a content script (the sender is checked by the caller), runs the engine
 * and stores the result. The engine runs before the database transaction opens: nothing foreign is
 * awaited inside it. Never throws: the content script gets `{stored: false, error}` instead.
 */
export async function handleCapture(payload: unknown, now: number): Promise<CaptureOutcome> {
  const parsed = PageCapture.safeParse(payload);
  if (!parsed.success) {
    const error = `Invalid capture: ${prettifyError(parsed.error)}`;
    return { reply: { stored: false, jobKey: null, error }, extraction: null };
  }
  // A career site's name ("Acme Careers") stands for its brand.
  const capture = asStored(parsed.data);
  const notStored = (error?: string): CaptureOutcome => ({
    reply: { stored: false, jobKey: capture.jobKey, ...(error === undefined ? {} : { error }) },
    extraction: null,
  });
  try {
    if (!(await getSettings()).captureEnabled) return notStored();
    const extraction = extract(inputFromCapture(capture));
    // The stored extraction: the user's edited facts stay over what the page says now.
    const { jobKey, preview } = await recordCapture(capture, extraction, now);
    return { reply: { stored: true, jobKey }, extraction: preview };
  } catch (error) {
    return notStored(String(error));
  }
}
