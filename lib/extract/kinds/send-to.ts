import { alternation } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { perText } from '../pipeline/memo';
import { isRegion, isTown } from './places';
import { FIRM_NAME, LEGAL_FORM } from './posting-words';

/**
 * "Send Resume to Jane Roe, Owner, Acme LLC, 5624 NW 79th Ave, Doral, FL, 33166.": the address an
 * ad gives for applications. Its part with a legal form is the firm that advertises; a known town
 * followed by its state's code is the place the firm (and so the job) is in.
 */
const SEND_TO = caseless(
  `(?:^|[\\s;:.(])(?:${alternation((l) => l.posting.sendToWords)})\\s?:?\\s([^;\\n]{5,200})`,
  'giu',
);
/** A state's or province's code: "FL", "ON", "NSW". */
const STATE_CODE = /^[A-Z]{2,3}$/;

export interface SendTo {
  company: string | null;
  location: string | null;
}

/** The firm and town of the address applications go to, or null when the text gives none. */
export const sendToAddress: (text: string) => SendTo | null = perText(readSendTo);

function readSendTo(text: string): SendTo | null {
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  SEND_TO.lastIndex = 0;
  // "Wir freuen uns auf Ihre Bewerbung!" early on, "Ihre Bewerbung an: Acme GmbH" at the end: the
  // first cue that gives a firm or a town counts.
  for (let m = SEND_TO.exec(sample); m; m = SEND_TO.exec(sample)) {
    const found = addressParts(m[1] as string);
    if (found) return found;
    // "Ihre Bewerbung an: …" holds a second cue ("Bewerbung an") inside the first's match.
    SEND_TO.lastIndex = m.index + 1;
  }
  return null;
}

function addressParts(address: string): SendTo | null {
  const parts = address
    .replace(/\.\s*$/, '')
    .split(/,\s/)
    .map((p) => p.trim());
  const firmAt = parts.findIndex((p) => FIRM_NAME.test(p) && LEGAL_FORM.test(p));
  const company = firmAt >= 0 ? (parts[firmAt] as string) : null;
  let location: string | null = null;
  for (let i = Math.max(firmAt, 0); i + 1 < parts.length; i++) {
    const [town, state] = [parts[i] as string, parts[i + 1] as string];
    if (STATE_CODE.test(state) && isRegion(state) && isTown(town)) {
      location = `${town}, ${state}`;
      break;
    }
  }
  return company === null && location === null ? null : { company, location };
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(SEND_TO);
