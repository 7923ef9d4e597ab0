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
