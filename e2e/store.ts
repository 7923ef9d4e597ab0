/** An extension page, from Playwright (Chromium) or Puppeteer (Firefox): both evaluate alike. */
interface ExtensionPage {
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

export interface StoredPosting {
  jobKey: string;
  site: string;
  title: string | null;
  company: string | null;
  status: string;
  extraction: { requirements: { kind: string }[] };
}

/**
 * Reads the extension's own IndexedDB from one of its pages, with the raw IndexedDB API, so the
 * test checks what was really stored rather than what the UI chose to show.
 */
export function readPostings(extensionPage: ExtensionPage): Promise<StoredPosting[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<StoredPosting[]>((resolve, reject) => {
        const open = indexedDB.open('reqlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          if (!idb.objectStoreNames.contains('postings')) return resolve([]);
          const all = idb.transaction('postings').objectStore('postings').getAll();
          all.onsuccess = () => resolve(all.result as StoredPosting[]);
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
