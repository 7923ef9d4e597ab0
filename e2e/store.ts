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
 * test checks what was really stored rather than what the UI chose to show. It never creates the
 * database (an open with no version would, empty) and always closes its connection: a connection
 * left open blocks the extension's own upgrade of the database, and so every capture after it.
 */
export function readPostings(extensionPage: ExtensionPage): Promise<StoredPosting[]> {
  return extensionPage.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'reqlens')) return [];
    return new Promise<StoredPosting[]>((resolve, reject) => {
      const open = indexedDB.open('reqlens');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const idb = open.result;
        const done = (result: StoredPosting[] | null, error?: unknown) => {
          idb.close();
          if (result) resolve(result);
          else reject(error);
        };
        if (!idb.objectStoreNames.contains('postings')) return done([]);
        const all = idb.transaction('postings').objectStore('postings').getAll();
        all.onsuccess = () => done(all.result as StoredPosting[]);
        all.onerror = () => done(null, all.error);
      };
    });
  });
}
