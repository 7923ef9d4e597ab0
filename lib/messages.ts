import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCapture, PageOffer } from './schema';

/** What the background answers to a capture. */
export interface CaptureReply {
  stored: boolean;
  jobKey: string | null;
  error?: string;
}

/**
 * What the scan script hands back to the popup ("Scan this page"): the capture reply, or, when
 * the page had no text Reqlens could read, what the popup needs to offer saving it anyway. The
 * popup parses it with zod (entrypoints/popup/tab.ts): a page can tamper with a content script.
 */
export interface ScanResult extends CaptureReply {
  offer?: PageOffer | null;
}

/**
 * Set by the popup in the page's content-script world just before it injects the scan script, so
 * the script knows a click asked for it (the same script also runs on every site when the user
 * opts in, where only the automatic readers may take a page).
 */
export const SCAN_REQUEST_KEY = '__reqlensScanRequested';

/**
 * The one typed map of messages. Types here are only a promise: every handler parses its payload
 * with the zod schema of the same name before acting on it, and checks the sender
 * (`lib/background/sender.ts`).
 */
interface ProtocolMap {
  /** Content script → background: a posting was detected on this tab. */
  capture(data: PageCapture): CaptureReply;
  /** Content script → background: this tab no longer shows a posting (SPA navigated away). */
  cleared(): void;
  /**
   * Extension page → background: settings changed (e.g. detection on all sites was switched after
   * `browser.permissions.request`); the background re-registers its scripts. Returns whether
   * detection on all sites is now active.
   */
  settingsChanged(): boolean;
  /** Popup → content script: scroll to and highlight this quote of the posting. */
  highlight(data: { text: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
