import { caseless } from '../lexicon/caseless';
import { warmLater } from '../pipeline/gate';
import { HIRING_VERB, postingAlt } from './posting-words';

/**
 * The employer's own blurb: a sentence that opens with the employer's name and a verb of which it
 * is the subject ("GitLab is the platform for DevSecOps", "Acme builds payment APIs", "Lumio édite
 * …"). What it names is what the employer does, not what the candidate is asked to know, unless
 * the sentence advertises the job ("Acme is looking for a Python developer").
 */

/**
 * Right after the name: a verb that makes the employer the subject, then an article ("is the",
 * "builds a", "édite un", "entwickelt die"): "TypeScript is important" is no blurb, whoever the
 * employer was read to be.
 */
const SELF_VERB = caseless(
  `^,?\\s{1,2}(?:${postingAlt('subjectVerbs')})\\s{1,2}(?:${postingAlt('articles')})(?![\\p{L}])`,
  'iu',
);

/** Whether `sentence` is the employer `name` describing itself. */
export function describesEmployer(sentence: string, name: string): boolean {
  const text = sentence.trimStart();
  if (name.length < 2 || !text.startsWith(name)) return false;
  return SELF_VERB.test(text.slice(name.length, name.length + 40)) && !HIRING_VERB.test(text);
}

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(SELF_VERB);
