/**
 * A word list written on one line: `words('years|year|yrs')`. Lexicon files list hundreds of
 * words; one per line would make them unreadable. Phrases keep their spaces ("or more").
 */
export function words(list: string): readonly string[] {
  return list
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}
