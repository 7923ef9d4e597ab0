import { type UserFacts, userFactsOf, withUserFacts } from '../db/facts';
import { isAppliedStage } from '../db/stages';
import {
  type EditableFact,
  type Extraction,
  FitInput,
  type Interview,
  type Note,
  type PostingBody,
  type PostingFacts,
  type PostingRow,
  type StatusEvent,
} from '../schema';
import type { CsvJob } from './csv-rows';
import { plainWords, requirementSummary } from './csv-words';
import { type CsvColumn, csvCells, localDate } from './export';
import type { CsvRowProblem } from './problems';

/**
 * What a CSV import would write, worked out from the valid rows and what is stored. Pure: the
 * database reads the stored postings, calls this inside its transaction and writes the result.
 *
 * A row is the same job as a stored posting when its address names the same page (same job key,
 * or same address once tracking parameters are gone), else when company and title are the same
 * (case, accents and punctuation ignored). A matched posting takes the row's non-empty cells that
 * differ from what Reqlens' own CSV would write for it: the title, company, location, salary,
 * deadline, work model and employment types become the user's own (a later reading of the page
 * keeps them), the status moves with a history event, a new note is added beside the stored ones.
 * Everything else is a new job, saved on the tracker with the row's status (Saved when the file
 * gave none or an unknown word). A row's description is read by the engine beforehand (`readings`):
 * a new job, or a matched one that had no reading of its own, takes that reading with the file's
 * facts over it.
 */

export interface PageKey {
  jobKey: string;
  canonicalUrl: string;
  site: string;
}

export interface CsvPlanInput {
  jobs: readonly CsvJob[];
  postings: readonly PostingRow[];
  notes: readonly Note[];
  /** The key a capture of the page at this address would get. */
  identify: (url: string) => PageKey;
  /** A fresh key for a job with no address. */
  newKey: () => string;
  /** What the engine read of each row's description, by line (rows without one are absent). */
  readings?: ReadonlyMap<number, Extraction>;
  now: number;
}

/** A fact a row changes on a stored posting, as the CSV writes it before and after. */
export interface CsvChange {
  column: CsvColumn;
  before: string;
  after: string;
}

type NewEvent = Omit<StatusEvent, 'id'>;
type NewNote = Omit<Note, 'id'>;

export interface PlannedAdd {
  line: number;
  row: PostingRow;
  body: PostingBody;
  event: NewEvent | null;
  note: NewNote | null;
}

export interface PlannedUpdate {
  line: number;
  row: PostingRow;
  /** The file's description and the engine's reading of it, for a job that had no reading. */
  body: { text: string; extraction: Extraction } | null;
  changes: CsvChange[];
  event: NewEvent | null;
  note: NewNote | null;
}

export interface CsvPlan {
  adds: PlannedAdd[];
  updates: PlannedUpdate[];
  unchanged: { line: number; jobKey: string; title: string }[];
  /** Rows naming a job an earlier row of the file already names. */
  repeated: { line: number; reason: CsvRowProblem }[];
  /** Rows whose status word Reqlens did not know: they are filed as Saved (new) or keep theirs. */
  unknownStatuses: { line: number; word: string }[];
}

/** An address reduced to the page it names: host without www, path, the non-tracking query. */
function pageOf(url: string, identify: CsvPlanInput['identify']): string | null {
  if (url === '') return null;
  try {
    const canonical = new URL(identify(url).canonicalUrl || url);
    const path = canonical.pathname.replace(/\/+$/, '');
    return `${canonical.hostname.replace(/^www\./, '')}${path}${canonical.search}`.toLowerCase();
  } catch {
    return null;
  }
}

const nameKey = (company: string | null | undefined, title: string | null | undefined) =>
  company && title ? `${plainWords(company)}\n${plainWords(title)}` : null;

const interviewKey = (i: Interview) => `${localDate(i.at)}\n${i.label.toLowerCase()}`;

/** The facts of a new job without a description: as the engine fills them from a page saying only these. */
function factsOf(job: CsvJob): PostingFacts {
  return {
    title: job.title,
    company: job.company ?? null,
    locations: job.location ? [job.location] : [],
    workplace: null,
    employmentTypes: [],
    employmentType: null,
    salary: null,
    relocation: null,
    visaSponsorship: null,
    lang: 'en',
  };
}

/** The facts the file gives for a job, as the user's own: what they say wins over the engine's. */
function userFactsIn(job: CsvJob): UserFacts {
  return {
    title: job.title,
    company: job.company ?? null,
    location: job.location ?? null,
    deadline: job.deadline ?? null,
    salary: job.salary ?? null,
    workplace: job.workplace ?? null,
    employmentTypes: job.employmentTypes ?? [],
  };
}

function typedFacts(job: CsvJob): EditableFact[] {
  const facts: EditableFact[] = ['title'];
  if (job.company) facts.push('company');
  if (job.location) facts.push('location');
  if (job.salary) facts.push('salary');
  if (job.deadline !== undefined) facts.push('deadline');
  if (job.workplace) facts.push('workplace');
  if (job.employmentTypes) facts.push('employmentTypes');
  return facts;
}

function planAdd(job: CsvJob, key: PageKey, now: number, read: Extraction | undefined): PlannedAdd {
  const status = job.status ?? 'saved';
  // A file without a saved date: the job was on the tracker by the first date it does give.
  const known = [job.appliedAt, job.statusChanged].filter((t): t is number => t !== undefined);
  const savedAt = job.savedAt ?? (known.length > 0 ? Math.min(...known, now) : now);
  const appliedAt =
    job.appliedAt ?? (isAppliedStage(status) ? (job.statusChanged ?? savedAt) : null);
  const edited = typedFacts(job);
  // The engine's reading of the description (as for a job added by hand), with the file's own
  // facts over it: those are the user's, and a later capture of the page keeps them.
  const extraction = withUserFacts(
    read ?? { posting: factsOf(job), requirements: [] },
    userFactsIn(job),
    edited,
  );
  const row: PostingRow = {
    jobKey: key.jobKey,
    url: job.url ?? '',
    canonicalUrl: key.canonicalUrl,
    site: key.site,
    detectedBy: 'manual',
    title: job.title,
    company: job.company ?? null,
    location: job.location ?? null,
    extraction: FitInput.parse(extraction),
    status,
    createdAt: Math.min(savedAt, now),
    updatedAt: now,
    capturedAt: Math.min(savedAt, now),
    savedAt,
    appliedAt,
    deadline: job.deadline ?? null,
    reminderAt: null,
    contacts: [],
    interviews: [...(job.interviews ?? [])].sort((a, b) => a.at - b.at),
    edited,
  };
  const eventAt = job.statusChanged ?? (status === 'saved' ? savedAt : (appliedAt ?? savedAt));
  return {
    line: job.line,
    row,
    body: {
      jobKey: key.jobKey,
      extraction,
      text: job.description ?? '',
      jsonLd: null,
      versions: [],
    },
    event: { jobKey: key.jobKey, from: 'seen', to: status, at: eventAt },
    note: job.notes
      ? { jobKey: key.jobKey, text: job.notes, createdAt: now, updatedAt: now }
      : null,
  };
}

/** A stored posting with the row's differing cells put over it; null when nothing differs. */
function planUpdate(
  job: CsvJob,
  stored: PostingRow,
  notes: readonly Note[],
  now: number,
  read: Extraction | undefined,
): PlannedUpdate | null {
  const before = csvCells(stored, null, notes, null);
  const changes: CsvChange[] = [];
  const row: PostingRow = { ...stored };
  const posting = { ...stored.extraction.posting };
  const facts: UserFacts = userFactsOf(stored);
  const edited: EditableFact[] = [];
  const change = (column: CsvColumn, after: string) => {
    if (before[column] === after) return false;
    changes.push({ column, before: before[column], after });
    return true;
  };
  const probe = (patch: Partial<PostingRow>, facts?: Partial<PostingFacts>) =>
    csvCells(
      {
        ...stored,
        ...patch,
        extraction: { ...stored.extraction, posting: { ...posting, ...facts } },
      },
      null,
      notes,
      null,
    );

  if (change('Title', job.title)) {
    facts.title = job.title;
    edited.push('title');
  }
  if (job.company && change('Company', job.company)) {
    facts.company = job.company;
    edited.push('company');
  }
  if (job.location && change('Location', job.location)) {
    facts.location = job.location;
    edited.push('location');
  }
  if (job.salary && change('Salary', probe({}, { salary: job.salary }).Salary)) {
    facts.salary = job.salary;
    edited.push('salary');
  }
  if (job.deadline !== undefined && change('Deadline', localDate(job.deadline))) {
    facts.deadline = job.deadline;
    edited.push('deadline');
  }
  if (
    job.workplace &&
    change('Work model', probe({}, { workplace: job.workplace })['Work model'])
  ) {
    facts.workplace = job.workplace;
    edited.push('workplace');
  }
  const types = job.employmentTypes;
  if (
    types &&
    change('Employment type', probe({}, { employmentTypes: types })['Employment type'])
  ) {
    facts.employmentTypes = types;
    edited.push('employmentTypes');
  }
  if (job.savedAt !== undefined && change('Saved', localDate(job.savedAt))) {
    row.savedAt = job.savedAt;
  }
  if (job.appliedAt !== undefined && change('Applied', localDate(job.appliedAt))) {
    row.appliedAt = job.appliedAt;
  }
  if (job.url && stored.url === '' && change('URL', job.url)) row.url = job.url;
  if (job.interviews) {
    const known = new Set(stored.interviews.map(interviewKey));
    const added = job.interviews.filter((i) => !known.has(interviewKey(i)));
    if (added.length > 0) {
      const interviews = [...stored.interviews, ...added].sort((a, b) => a.at - b.at);
      if (change('Interviews', probe({ interviews }).Interviews)) row.interviews = interviews;
    }
  }
  let event: NewEvent | null = null;
  const status = job.status;
  if (status && status !== stored.status && change('Status', probe({ status }).Status)) {
    const at = job.statusChanged ?? now;
    event = { jobKey: stored.jobKey, from: stored.status, to: status, at };
    row.status = status;
    row.savedAt ??= at;
    if (isAppliedStage(status)) row.appliedAt ??= at;
  }
  let note: NewNote | null = null;
  const text = job.notes;
  if (text && before.Notes !== text && !notes.some((n) => n.text === text)) {
    changes.push({ column: 'Notes', before: before.Notes, after: text });
    note = { jobKey: stored.jobKey, text, createdAt: now, updatedAt: now };
  }
  // A job filed without a page's reading (added by hand or imported, no requirements) is read
  // from the file's description, as a text pasted into it would be; the user's facts stay.
  const reread =
    read &&
    job.description &&
    stored.detectedBy === 'manual' &&
    stored.extraction.requirements.length === 0 &&
    read.requirements.length > 0
      ? read
      : null;
  if (reread) {
    const after = requirementSummary(reread.requirements);
    changes.push({ column: 'Requirements', before: before.Requirements, after });
  }
  if (changes.length === 0) return null;

  const allEdited = [...new Set([...(stored.edited ?? []), ...edited])];
  const full = reread && withUserFacts(reread, facts, allEdited);
  const extraction = full ? FitInput.parse(full) : withUserFacts(stored.extraction, facts, edited);
  return {
    line: job.line,
    row: {
      ...row,
      title: facts.title,
      company: facts.company,
      location: facts.location,
      deadline: facts.deadline,
      extraction,
      edited: allEdited.length > 0 ? allEdited : stored.edited,
      updatedAt: now,
    },
    body: full && job.description ? { text: job.description, extraction: full } : null,
    changes,
    event,
    note,
  };
}

export function planCsvImport(input: CsvPlanInput): CsvPlan {
  const { jobs, postings, notes, identify, now } = input;
  const byKey = new Map(postings.map((p) => [p.jobKey, p]));
  const byPage = new Map<string, PostingRow>();
  const byName = new Map<string, PostingRow>();
  for (const p of postings) {
    for (const url of [p.canonicalUrl, p.url]) {
      const page = pageOf(url, identify);
      if (page) byPage.set(page, p);
    }
    const name = nameKey(
      p.company ?? p.extraction.posting.company,
      p.title ?? p.extraction.posting.title,
    );
    if (name && !byName.has(name)) byName.set(name, p);
  }
  const notesByKey = new Map<string, Note[]>();
  for (const n of notes) notesByKey.set(n.jobKey, [...(notesByKey.get(n.jobKey) ?? []), n]);

  const plan: CsvPlan = { adds: [], updates: [], unchanged: [], repeated: [], unknownStatuses: [] };
  /** Which line first named each job (a stored key, a new key, a page, a name). */
  const claimed = new Map<string, number>();
  for (const job of jobs) {
    const key = job.url ? identify(job.url) : null;
    const page = job.url ? pageOf(job.url, identify) : null;
    const name = nameKey(job.company, job.title);
    const stored =
      (key && byKey.get(key.jobKey)) ||
      (page && byPage.get(page)) ||
      (name && byName.get(name)) ||
      undefined;
    const marks = stored
      ? [`key:${stored.jobKey}`]
      : [key && `key:${key.jobKey}`, page && `page:${page}`, name && `name:${name}`].filter(
          (m): m is string => Boolean(m),
        );
    const earlier = marks.map((m) => claimed.get(m)).find((l) => l !== undefined);
    if (earlier !== undefined) {
      plan.repeated.push({ line: job.line, reason: { code: 'sameJobAs', line: earlier } });
      continue;
    }
    for (const m of marks) claimed.set(m, job.line);
    if (job.unknownStatus) plan.unknownStatuses.push({ line: job.line, word: job.unknownStatus });
    if (stored) {
      const notesOf = notesByKey.get(stored.jobKey) ?? [];
      const update = planUpdate(job, stored, notesOf, now, input.readings?.get(job.line));
      if (update) plan.updates.push(update);
      else plan.unchanged.push({ line: job.line, jobKey: stored.jobKey, title: job.title });
    } else {
      const identity = key ?? { jobKey: input.newKey(), canonicalUrl: '', site: 'manual' };
      plan.adds.push(planAdd(job, identity, now, input.readings?.get(job.line)));
    }
  }
  return plan;
}
