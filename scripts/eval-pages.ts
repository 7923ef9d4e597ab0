/**
 * The saved pages' scores (`npm run eval`): detection on every page in ../shared/pages-dev with the
 * address it came from, then the engine on what was captured. Per site: postings detected,
 * non-postings taken, and title, company, location, workplace and employment type right.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { asStored } from '../lib/detect/brand';
import { extract } from '../lib/extract';
import { inputFromCapture } from '../lib/extract/pipeline/input';
import { mostSpecific, overlaps } from './eval-compare';
import { captureFromHtml, decodeHtml } from './html';

const Expected = z.object({
  title: z.string().nullable(),
  company: z.string().nullable(),
  locations: z.array(z.string()),
  workplace: z.string().nullable(),
  employmentType: z.string().nullable(),
});

const Page = z.object({
  file: z.string(),
  site: z.string(),
  isPosting: z.boolean(),
  url: z.string(),
  expected: Expected.nullable().optional(),
});

export const PAGE_FIELDS = ['title', 'company', 'location', 'workplace', 'employmentType'] as const;
type PageField = (typeof PAGE_FIELDS)[number];

export interface PageResult {
  file: string;
  site: string;
  isPosting: boolean;
  detected: boolean;
  right: Record<PageField, boolean>;
  got: Record<PageField, string | null>;
}

export interface PageScores {
  results: PageResult[];
  postings: number;
  detected: number;
  nonPostings: number;
  falsePositives: number;
  right: Record<PageField, number>;
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();

/** "Autodesk Canada Co." is Autodesk: a legal entity's name holds the brand's words. */
function sameCompany(expected: string | null, got: string | null): boolean {
  if (expected === null) return got === null;
  return got !== null && (norm(expected) === norm(got) || overlaps(expected, got));
}

function samePlaces(expected: string[], got: string | null): boolean {
  if (expected.length === 0) return got === null || got === '';
  if (!got) return false;
  const city = (s: string) => norm(s.split(/[,(]/)[0]);
  return expected.some((e) => norm(e) === norm(got) || city(e) === city(got));
}

export function scorePages(dir: string): PageScores {
  const manifest = z
    .object({ pages: z.array(Page) })
    .parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const results: PageResult[] = [];
  for (const page of manifest.pages) {
    const html = decodeHtml(readFileSync(join(dir, page.file)));
    // What the background stores of the capture (the career site's name read as a brand).
    const found = captureFromHtml(html, page.url);
    const capture = found && asStored(found);
    const none = {
      title: null,
      company: null,
      location: null,
      workplace: null,
      employmentType: null,
    };
    const got: PageResult['got'] = { ...none };
    if (capture) {
      const x = extract(inputFromCapture(capture));
      const types =
        (x.posting as { employmentTypes?: string[] }).employmentTypes ??
        [(x.posting as { employmentType?: string | null }).employmentType ?? ''].filter(Boolean);
      got.title = x.posting.title ?? capture.title;
      got.company = x.posting.company ?? capture.company;
      got.location = x.posting.locations[0] ?? capture.location;
      got.workplace = x.posting.workplace;
      got.employmentType = mostSpecific(types);
    }
    const e = page.expected;
    const right = {
      title: !!e && norm(e.title) === norm(got.title),
      company: !!e && sameCompany(e.company, got.company),
      location: !!e && samePlaces(e.locations, got.location),
      workplace: !!e && (e.workplace ?? null) === got.workplace,
      employmentType: !!e && (e.employmentType ?? null) === got.employmentType,
    };
    results.push({
      file: page.file,
      site: page.site,
      isPosting: page.isPosting,
      detected: capture !== null,
      right: capture && page.isPosting ? right : { ...right, ...falseAll },
      got,
    });
  }
  const postings = results.filter((r) => r.isPosting);
  const count = (f: PageField) => postings.filter((r) => r.right[f]).length;
  return {
    results,
    postings: postings.length,
    detected: postings.filter((r) => r.detected).length,
    nonPostings: results.length - postings.length,
    falsePositives: results.filter((r) => !r.isPosting && r.detected).length,
    right: {
      title: count('title'),
      company: count('company'),
      location: count('location'),
      workplace: count('workplace'),
      employmentType: count('employmentType'),
    },
  };
}

const falseAll = {
  title: false,
  company: false,
  location: false,
  workplace: false,
  employmentType: false,
};
