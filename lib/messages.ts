import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCapture } from './schema';

/** What the background answers to a capture. */
export interface CaptureReply {
  stored: boolean;
  jobKey: string | null;
  error?: string;
}

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
