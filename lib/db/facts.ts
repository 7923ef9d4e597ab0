import {
  type EditableFact,
  type EmploymentType,
  type Extraction,
  employmentTypesOf,
  type FactEdits,
  FactEdits as FactEditsSchema,
  FitInput,
  mostSpecificEmployment,
  PostingBody,
  type PostingFacts,
  type PostingRow,
} from '../schema';
import { db } from './database';
import { parseRow } from './rows';
import { postingForWrite } from './status';

/**
 * The facts a row holds as the user set them: title, company, location and deadline on the row,
 * salary, work model and employment types in its extraction.
 */
export type UserFacts = Pick<PostingRow, 'title' | 'company' | 'location' | 'deadline'> &
  Pick<PostingFacts, 'salary' | 'workplace'> & { employmentTypes: EmploymentType[] };

/**
 * The engine's facts with the user's edited ones put over them: what every view shows reads the
 * extraction's facts first, so an edit has to live there as well as on the row.
 */
export function withUserFacts<T extends Pick<Extraction, 'posting'>>(
  extraction: T,
  facts: UserFacts,
  edited: readonly EditableFact[],
): T {
  if (edited.length === 0) return extraction;
  const posting = { ...extraction.posting };
  for (const fact of edited) {
    if (fact === 'title') posting.title = facts.title;
    else if (fact === 'company') posting.company = facts.company;
    else if (fact === 'location') posting.locations = facts.location ? [facts.location] : [];
    else if (fact === 'salary') posting.salary = facts.salary;
    else if (fact === 'workplace') posting.workplace = facts.workplace;
    else if (fact === 'employmentTypes') {
      posting.employmentTypes = [...facts.employmentTypes];
      posting.employmentType = mostSpecificEmployment(facts.employmentTypes);
    }
  }
  return { ...extraction, posting };
}

/** The facts of a stored row, as `withUserFacts` reads them. */
export const userFactsOf = (row: PostingRow): UserFacts => ({
  title: row.title,
  company: row.company,
  location: row.location,
  deadline: row.deadline,
  salary: row.extraction.posting.salary,
  workplace: row.extraction.posting.workplace,
  employmentTypes: employmentTypesOf(row.extraction.posting),
});

/** Facts of a posting nobody has set yet: what a new row starts from. */
export const NO_USER_FACTS: Omit<UserFacts, 'title'> = {
  company: null,
  location: null,
  deadline: null,
  salary: null,
  workplace: null,
  employmentTypes: [],
};

/**
 * Changes a posting's stored facts as the user typed them, in one transaction, and marks each as
 * edited: a later capture of the page keeps the user's value (lib/db `recordCapture`). A fact left
 * out is not touched; null clears one. Invalid values throw and nothing is written.
 */
export async function editFacts(jobKey: string, edits: FactEdits, now: number): Promise<void> {
  const change = FactEditsSchema.parse(edits);
  const changed = Object.keys(change) as EditableFact[];
  if (changed.length === 0) return;
  await db.transaction('rw', db.postings, db.bodies, async () => {
    const row = await postingForWrite(jobKey);
    const storedBody = await db.bodies.get(jobKey);
    const facts: UserFacts = { ...userFactsOf(row), ...change };
    const edited = [...new Set([...(row.edited ?? []), ...changed])];
    const extraction = FitInput.parse(withUserFacts(row.extraction, facts, changed));
    await db.postings.put({
      ...row,
      title: facts.title,
      company: facts.company,
      location: facts.location,
      deadline: facts.deadline,
      extraction,
      edited,
      updatedAt: now,
    });
    if (storedBody === undefined) return;
    const body = parseRow(PostingBody, 'bodies', jobKey, storedBody);
    await db.bodies.put({
      ...body,
      extraction: withUserFacts(body.extraction, facts, changed),
    });
  });
}
