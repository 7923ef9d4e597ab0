import { browser } from 'wxt/browser';
import { prettifyError } from 'zod';
import { getPosting } from '../db';
import type { CaptureReply } from '../messages';
import { PageCapture } from '../schema';
import { mayCreate, NEW_RECORDS_PER_MINUTE, noteCreated } from './capture-rate';
import { identityOf, isPostingFrame } from './identity';
import { contentScriptTab, type Sender } from './sender';
import { onCaptureMessage } from './tabs';

/**
 * The gate every capture passes before it reaches the database: a hostile page changes nothing
 * but its own record. The background decides which record a capture writes (from the address the
 * browser reports for the sender), refuses captures that do not come from that address, keeps
 * only the latest capture of each tab, and caps how many records a tab creates per minute.
 */

const refused = (jobKey: string | null, why: string): CaptureReply => ({
  stored: false,
  jobKey,
  error: `Rejected: ${why}`,
});

const REJECTED = refused(
  null,
  'captures are only accepted from Reqlens content scripts on web pages',
);
const SUPERSEDED = refused(null, 'a newer capture from the same tab replaced this one');

const withoutHash = (url: string) => url.split('#', 1)[0];

export type Admission = { capture: PageCapture } | { reply: CaptureReply };

/**
 * Parses a capture and rewrites its identity from the sender. The capture's URL must be the
 * address the browser reports for the sending frame (or, for a tab's top document, for the tab:
 * it follows in-page navigation); the fragment may differ. Frames are heard only on sites whose
 * postings live in a frame.
 */
export function admitCapture(data: unknown, sender: Sender): Admission {
  const parsed = PageCapture.safeParse(data);
  if (!parsed.success) {
    return {
      reply: {
        stored: false,
        jobKey: null,
        error: `Invalid capture: ${prettifyError(parsed.error)}`,
      },
    };
  }
  const capture = parsed.data;
  const inFrame = (sender.frameId ?? 0) !== 0;
  const reported = inFrame ? [sender.url] : [sender.url, sender.tab?.url];
  const address = reported.find(
    (url): url is string => url !== undefined && withoutHash(url) === withoutHash(capture.url),
  );
  if (address === undefined) {
    return { reply: refused(null, 'the capture names another address than the page that sent it') };
  }
  if (inFrame && !isPostingFrame(address)) {
    return { reply: refused(null, 'frames are only read on sites that show postings in a frame') };
  }
  const identity = identityOf(address);
  if (!identity) return { reply: refused(null, 'this address names no job') };
  return { capture: { ...capture, ...identity } };
}

interface Waiting {
  data: unknown;
  sender: Sender;
  resolve(reply: CaptureReply): void;
}

/** Per tab: whether a capture is being handled, and the latest one waiting behind it. */
const lanes = new Map<number, { next: Waiting | null }>();

/**
 * A capture message. Each tab has one lane: while one capture is handled, only the latest of the
 * ones that arrive meanwhile waits (the others are answered "superseded" at once), so a page that
 * sends a thousand captures a second costs one extraction at a time, and other tabs' captures run
 * beside it instead of queueing behind it.
 */
export function receiveCapture(
  data: unknown,
  sender: Sender,
  clock: () => number = Date.now,
): Promise<CaptureReply> {
  const tabId = contentScriptTab(sender, browser.runtime.id);
  if (tabId === null) return Promise.resolve(REJECTED);
  return new Promise((resolve) => {
    const lane = lanes.get(tabId);
    if (lane) {
      lane.next?.resolve(SUPERSEDED);
      lane.next = { data, sender, resolve };
      return;
    }
    const fresh = { next: { data, sender, resolve } as Waiting | null };
    lanes.set(tabId, fresh);
    void drain(tabId, fresh, clock);
  });
}

async function drain(tabId: number, lane: { next: Waiting | null }, clock: () => number) {
  try {
    for (let job = lane.next; job; job = lane.next) {
      lane.next = null;
      const reply = await handleOne(tabId, job.data, job.sender, clock()).catch(
        (error: unknown): CaptureReply => ({ stored: false, jobKey: null, error: String(error) }),
      );
      job.resolve(reply);
    }
  } finally {
    lanes.delete(tabId);
  }
}

async function handleOne(
  tabId: number,
  data: unknown,
  sender: Sender,
  now: number,
): Promise<CaptureReply> {
  const admission = admitCapture(data, sender);
  if ('reply' in admission) return admission.reply;
  const { capture } = admission;
  // A damaged stored row still counts as a record: the capture repairs it.
  const known = await getPosting(capture.jobKey).then(
    (posting) => posting !== undefined,
    () => true,
  );
  if (!known && !(await mayCreate(tabId, now))) {
    return refused(
      capture.jobKey,
      `this tab created ${NEW_RECORDS_PER_MINUTE} postings in the last minute; try again shortly`,
    );
  }
  const reply = await onCaptureMessage(capture, sender, now);
  if (reply.stored && !known) await noteCreated(tabId, now);
  return reply;
}
