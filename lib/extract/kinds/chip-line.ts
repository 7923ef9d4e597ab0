import { WORK_WORDS } from './byline';
import { isCity } from './places';
import { cleanLine, firstLines } from './posting-words';

/**
 * "Zürich (Birmensdorferstrasse), Remote", "Zug, Hybrid": a board's chip line in the header, a
 * place and then how the job is worked. The work words go; a street or office in brackets after
 * the town goes too. Only a known city counts: "Engineering, Remote" and "Vertrieb, Vollzeit" are
 * the same shape with a department in front.
 */
const PLACE_THEN_MODEL = /^([^,()]{2,60}?)(?:\s\([^()]{1,50}\))?,\s([^,]{2,40})$/;

export function placeInChipLine(text: string): string | null {
  for (const raw of firstLines(text, 8)) {
    const m = PLACE_THEN_MODEL.exec(cleanLine(raw));
    const town = m?.[1]?.trim();
    if (m && town && WORK_WORDS.test((m[2] as string).trim()) && isCity(town)) return town;
  }
  return null;
}

/**
 * "Vollzeit / Teilzeit" / "Ab sofort" / "Potsdam": a careers page's block of short facts, a known
 * town alone on its line beside a line of the job's hours or contract. Read when nothing else
 * names a place.
 */
export function townInFactsBlock(text: string): string | null {
  const lines = firstLines(text, 30).map(cleanLine);
  for (const [i, line] of lines.entries()) {
    if (line.length > 40 || !isCity(line)) continue;
    const near = [lines[i - 2], lines[i - 1], lines[i + 1], lines[i + 2]];
    if (near.some((l) => l !== undefined && l.length <= 40 && !/^\d/.test(l) && WORK_WORDS.test(l)))
      return line;
  }
  return null;
}
