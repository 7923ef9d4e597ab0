import { isJobTitle } from './words';

/**
 * Words only the careers-page reader needs (the scan script): kept apart from words.ts, which the
 * declared content script imports, so they stay out of its bundle.
 */

/**
 * French inclusive writing closes a noun on its feminine ending after a point ("chargé·e de
 * mission", "développeur.euse", "ingénieur·e·s", "un·e"): the endings, dropped before a heading is
 * read for its job words.
 */
const INCLUSIVE_ENDINGS =
  'e|es|euse|euses|rice|rices|trice|trices|ère|ères|se|ne|nes|le|les|ve|ves|s';
const INCLUSIVE = new RegExp(
  `(\\p{Ll})(?:[.·•‧‐-](?:${INCLUSIVE_ENDINGS})){1,2}(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "chargé·e de déploiement" → "chargé de déploiement": the heading as its job words know it. */
export const withoutInclusiveEndings = (text: string): string => text.replace(INCLUSIVE, '$1');

/**
 * The engine's lexicons hold these verbs too (`posting.hiringCues`), but importing them would bring
 * every language's whole lexicon into the scan script: the few a heading uses are kept here.
 *
 * A heading framed by its employer's hiring verb ("Aidants Connect recrute : un·e chargé·e de
 * déploiement", "Acme is hiring: Data Engineer", "Müller GmbH sucht Elektroniker (m/w/d)", "NAK zoekt
 * een Developer"): the verbs, the articles before the job, and the pronouns that name no employer.
 */
const HEADING_HIRING_VERBS = [
  ['en', 'is hiring|are hiring|is recruiting|are recruiting|is looking for|are looking for|seeks'],
  ['fr', 'recrute|recrutent|recherche|cherche|recrutons|recherchons'],
  ['de', 'sucht|suchen|stellt ein'],
  ['nl', 'zoekt|zoeken|is op zoek naar'],
  ['es', 'busca|buscamos|contrata|selecciona'],
  ['it', 'cerca|cerchiamo|assume|seleziona|ricerca'],
  ['pt', 'procura|contrata|procuramos|contratamos'],
] as const;
const HEADING_ARTICLES =
  'a|an|un|une|un·e|un\\.e|un\\(e\\)|ein|eine|einen|een|una|uno|um|uma|des|deux|zwei|two';
/** "Wir suchen", "Our team is hiring", "Notre équipe recrute": the subject is no employer's name. */
const HEADING_PRONOUNS =
  /^(?:we|wir|nous|on|wij|ze|they|ils|(?:our|unser[e]?|notre|nos|ons|onze|nuestro|nuestra|il nostro|la nostra|o nosso|a nossa) \p{L}{2,20})$/iu;
const HEADING_HIRING = new RegExp(
  `^(.{2,61}?)\\s(?:${HEADING_HIRING_VERBS.map(([, v]) => v).join('|')})\\s?[:!–—-]?\\s(?:(?:${HEADING_ARTICLES})\\s)?(\\S.{2,120})$`,
  'iu',
);

/** The employer (none for "Wir suchen") and the job a hiring-verb heading names, or null. */
export function hiringHeading(text: string): { employer?: string; job: string } | null {
  const m = HEADING_HIRING.exec(text);
  const who = m?.[1]?.trim();
  const job = m?.[2]?.trim();
  if (!who || !job) return null;
  if (HEADING_PRONOUNS.test(who)) return { job };
  // An employer's name opens with a capital or a figure ("3M sucht …"); a job's words are no name.
  return /^[\p{Lu}\p{N}]/u.test(who) && !isJobTitle(who) ? { employer: who, job } : null;
}

/**
 * A start-up's domain adds a word to its brand ("getrobincare.com", "tryacme.io", "acmehq.com",
 * "joinacme.com"): the words a registrable host name may carry around the brand.
 */
const HOST_PREFIXES = ['get', 'try', 'use', 'join', 'go', 'hey', 'hello', 'meet', 'with'];
const HOST_SUFFIXES = ['hq', 'app', 'inc', 'team', 'jobs', 'careers', 'group'];

/** The brand names a host may stand for, longest first: "getrobincare" → getrobincare, robincare. */
export function hostNames(host: string): string[] {
  const names = [host];
  const pre = HOST_PREFIXES.find((w) => host.startsWith(w) && host.length - w.length >= 4);
  if (pre) names.push(host.slice(pre.length));
  const suf = HOST_SUFFIXES.find((w) => host.endsWith(w) && host.length - w.length >= 4);
  if (suf) names.push(host.slice(0, -suf.length));
  return names;
}
