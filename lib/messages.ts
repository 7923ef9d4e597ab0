import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageCapture } from './schema';

/**
 * The one typed map of messages. Types here are only a promise: every handler parses its payload
 * with the zod schema of the same name before acting on it, and checks the sender.
 */
interface ProtocolMap {
  /** Content script → background: a posting was detected on this tab. */
  capture(data: PageCapture): { stored: boolean; jobKey: string | null; error?: string };
  /** Content script → background: this tab no longer shows a posting (SPA navigated away). */
  cleared(): void;
  /** Popup → content script: scroll to and highlight this quote of the posting. */
  highlight(data: { text: string }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
