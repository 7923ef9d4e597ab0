/** What a site adapter reads from a posting page. */
export interface SiteFields {
  title: string | null;
  company: string | null;
  location: string | null;
  /** The description; null when the page shows the posting's head but not its text (moved, a shell). */
  text: string | null;
  /** The site's own labels ("Full-time", "Hybrid"): the engine reads them as posting facts. */
  labels?: string[];
}

export interface SiteAdapter {
  /** Short site id, also the job-key prefix ('linkedin', 'greenhouse', ...). */
  id: string;
  /** Manifest match patterns: where the content script runs for this site. */
  patterns: readonly string[];
  /** The URL belongs to this site (posting or not). */
  matches(url: URL): boolean;
  /** The posting id this URL (or page) names, or null when the page is not one posting. */
  jobId(url: URL, doc: Document): string | null;
  /** Canonical URL of the posting with this id. */
  canonicalUrl(url: URL, jobId: string): string;
  /**
   * Id of the job the page currently *shows*, when the page says so. On split views it lags
   * behind the URL while the new job renders; a mismatch means "not ready yet".
   */
  renderedJobId?(doc: Document): string | null;
  /**
   * The site sometimes serves a posting as a head-only shell (the body renders later, or never in a
   * saved page): its og:title and og:description then stand in for the posting.
   */
  shell?: boolean;
  /** The posting's fields, or null when the page does not show one. */
  extract(doc: Document, url: URL): SiteFields | null;
}
