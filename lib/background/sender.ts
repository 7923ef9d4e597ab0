/**
 * Who sent a message. Web pages and other extensions cannot reach `runtime.onMessage` (we declare
 * no `externally_connectable` and listen to no external messages), so these checks are the second
 * line: they also keep a capture from being attributed to the wrong tab or to an extension page.
 */
export interface Sender {
  id?: string;
  /** The sending document's address: the frame's own for a frame. */
  url?: string;
  /** 0 for a tab's top document, another number for a frame in it. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

const isWebUrl = (url: string | undefined) => url !== undefined && /^https?:\/\//i.test(url);

/** The tab of our own content script on a web page, or null for any other sender. */
export function contentScriptTab(sender: Sender, extensionId: string): number | null {
  const tabId = sender.tab?.id;
  if (sender.id !== extensionId || tabId === undefined || tabId < 0) return null;
  return isWebUrl(sender.url ?? sender.tab?.url) ? tabId : null;
}

/** One of our own pages (popup, dashboard): the only senders allowed to change background state. */
export function isExtensionPage(sender: Sender, extensionId: string, pagesOrigin: string): boolean {
  return sender.id === extensionId && sender.url?.startsWith(pagesOrigin) === true;
}
