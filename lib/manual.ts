import { type ManualResult, recordManualPosting } from './db';
import { pageIdentity } from './detect';
import { canonicalize, parseHttpUrl, urlKey } from './detect/canonical';
import { extract } from './extract';
import { type Extraction, ManualPosting, type ManualPostingInput } from './schema';

/**
 * A job added by hand (the dashboard's form, the popup's "Save this page anyway"), run by the
 * extension page itself: the same engine as a captured page reads the pasted text, and the record
 * goes through lib/db in one transaction. Pages load this module only when the user submits, so
 * the engine's dictionary never slows their first paint.
 */
export async function addManualJob(input: ManualPostingInput, now: number): Promise<ManualResult> {
  const entry = ManualPosting.parse(input);
  return recordManualPosting(entry, readTypedJob(entry), identityOf(entry.url), now);
}

/**
 * What the engine reads of a job the user gives as text and a few facts (the form, a CSV row's
 * description): the text read as a captured page's, the facts standing in for the page's names.
 */
export function readTypedJob(entry: ManualPosting): Extraction {
  return extract({
    text: entry.text,
    jsonLd: null,
    meta: { title: entry.title, company: entry.company, location: entry.location, url: entry.url },
  });
}

/**
 * The key a capture of the same page would get, so a later visit completes the entry instead of
 * making a second one; a random key when the job has no address.
 */
function identityOf(url: string | null) {
  const page = url ? parseHttpUrl(url) : null;
  if (!page) return { jobKey: `manual:${crypto.randomUUID()}`, canonicalUrl: '', site: 'manual' };
  // Known sites name the job in the URL; nothing of the (empty) document is read.
  const known = pageIdentity(new DOMParser().parseFromString('', 'text/html'), page.href);
  if (known) return known;
  const canonicalUrl = canonicalize(page);
  return { jobKey: urlKey(canonicalUrl), canonicalUrl, site: 'generic' };
}
