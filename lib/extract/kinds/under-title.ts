import { WORK_WORDS } from './byline';
import { placesOf } from './header';
import { isCity } from './places';
import { cleanLine, firstLines } from './posting-words';

/**
 * "Zürich (Birmensdorferstrasse), Remote", "Rotkreuz, Hybrid": a board's chip line under the
 * title, a place and then how the job is worked. The work words go; a street or office in brackets
 * after the town goes too. A known city is read wherever the line stands in the header; any other
 * proper name only on the line right under the title, where the board puts its place.
 */
const PLACE_THEN_MODEL = /^([^,()]{2,60}?)(?:\s\([^()]{1,50}\))?,\s([^,]{2,40})$/;

export function placeUnderTitle(text: string, title: string | null): string | null {
  let underTitle = false;
  for (const raw of firstLines(text, 8)) {
    const line = cleanLine(raw);
    const m = PLACE_THEN_MODEL.exec(line);
    const town = m?.[1]?.trim();
    if (m && town && WORK_WORDS.test((m[2] as string).trim())) {
      if (isCity(town)) return town;
      if (underTitle && placesOf(town, true)?.length === 1) return town;
    }
    underTitle = title !== null && line === title;
  }
  return null;
}
