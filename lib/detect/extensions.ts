import type { GenericFields } from './generic';
import type { SiteAdapter } from './sites/types';

/**
 * What only the full detector carries. The content script declared on the known job sites stays
 * small (≤ 15 KB gzipped): it holds JSON-LD, microdata, the adapters of the sites it is declared
 * on and the og: shell. Importing `lib/detect` (the scan script, the CLI, the tests) adds the
 * generic reader for careers pages and the adapters of the sites only a scan reaches.
 */
export const extensions: {
  generic: ((doc: Document, url: URL) => GenericFields | null) | null;
  adapters: SiteAdapter[];
  /** The page's own work-model field, on pages no adapter reads. */
  labels?: (doc: Document) => string[] | undefined;
} = { generic: null, adapters: [] };
