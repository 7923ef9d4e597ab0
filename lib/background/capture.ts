import { prettifyError } from 'zod';
import { getSettings, recordCapture } from '../db';
import { extract } from '../extract';
import { inputFromCapture } from '../extract/input';
import type { CaptureReply } from '../messages';
import { PageCapture } from '../schema';

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
    const extraction = extract(inputFromCapture(capture));
    const { jobKey } = await recordCapture(capture, extraction, now);
    return { stored: true, jobKey };
  } catch (error) {
    return { stored: false, jobKey: capture.jobKey, error: String(error) };
  }
}
