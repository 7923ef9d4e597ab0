import { caseless } from '../lexicon/caseless';
import { isCity, isRegion } from './places';
import { cleanLine, FIRM_NAME, firstLines, JOB_WORD, postingAlt } from './posting-words';

/**
 * "Contact Joe Hyde, Partner, Kingston-Dwight Associates" under a title: the person to write to,
 * their role, then the firm that placed the ad, which is the name it is posted under.
 */
const CONTACT_LINE = caseless(`^(?:${postingAlt('contactWords')})\\s?:?\\s(.{5,120})$`, 'iu');

/** The firm closing a contact line among the header's first lines, or null. */
export function contactCompany(text: string): string | null {
  for (const raw of firstLines(text, 6).slice(1)) {
    const m = CONTACT_LINE.exec(cleanLine(raw));
    if (!m) continue;
    const parts = (m[1] as string).split(', ');
    // "Contact: Jane Doe": a person alone names no firm; "Jane Doe, Recruiter": the role last.
    if (parts.length < 2) return null;
    const firm = (parts.at(-1) as string).trim().replace(/\.$/, '');
    if (!FIRM_NAME.test(firm) || firm.split(' ').length > 6) return null;
    // Person, role, firm: the third part is the firm ("… Associates" too); of two, a job's noun
    // is the person's role.
    if (parts.length === 2 && JOB_WORD.test(firm)) return null;
    return isCity(firm) || isRegion(firm) ? null : firm;
  }
  return null;
}
