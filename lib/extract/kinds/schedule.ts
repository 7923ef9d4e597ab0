import type { Schedule } from '../../schema';
import { alternation, LEXICONS } from '../lexicon/build';
import { caseless } from '../lexicon/caseless';
import type { ScheduleWords } from '../lexicon/types';
import { escapeRegex } from '../pipeline/chars';
import { gated, warmLater } from '../pipeline/gate';
import { mayStart, startLook } from '../pipeline/starts';
import type { Found, SentenceExtractor } from '../types';

/**
 * Working-time demands: on-call, shifts, nights, weekends, irregular hours. "Shift" as a verb
 * ("shift priorities") and weekends as leisure ("enjoy your weekends") do not count. The words are
 * each lexicon's `schedule` section; this reader only composes them.
 */

const pick = (f: (s: ScheduleWords) => readonly string[]) => alternation((l) => f(l.schedule));
const words = (f: (s: ScheduleWords) => readonly string[]) =>
  LEXICONS.flatMap((l) => f(l.schedule));
/** A phrase as a whole word: no letter on either side. */
const whole = (source: string) => `(?<!\\p{L})(?:${source})(?!\\p{L})`;

const ON_CALL = pick((s) => s.onCall);
const NIGHT_PLACE = pick((s) => s.nightPlaces);
const SHIFT_NOUN = pick((s) => s.shiftNouns);
/** "rotating night shifts", "12-hour shifts", "second shift". */
const SHIFT_OF_KIND = `(?:${pick((s) => s.shiftKinds)}|\\d{1,2}[- ](?:${pick((s) => s.hourUnits)}))\\s(?:(?:${pick((s) => s.shiftTimes)})\\s)?(?:${SHIFT_NOUN})`;
/** "Shifts are 8pm to 8am". */
const SHIFT_HOURS = `(?:${pick((s) => s.shiftHours)})\\s\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|h)?`;
/** "work rotating weekends", "including weekends". */
const WEEKEND_AS_WORK = `(?:${pick((s) => s.weekendCues)})\\s(?:(?:${pick((s) => s.weekendKinds)})\\s)?(?:${pick((s) => s.weekendNouns)})`;
/** "Monday to Saturday", "lundi au dimanche", "maandag t/m zaterdag". */
const WORK_WEEK = `(?:${pick((s) => s.weekFirstDays)})\\s(?:-|–|${pick((s) => s.weekJoins)})\\s(?:${pick((s) => s.weekendDays)})`;

/**
 * Each pattern behind the shared word-start first look, given words every match holds at a word
 * start: a kind of shift ends in a shift noun, a working weekend in a weekend noun or day.
 */
const PATTERNS: readonly [Schedule, RegExp][] = [
  [
    'on_call',
    gated(
      caseless(whole(ON_CALL), 'iu'),
      words((s) => s.onCall),
      true,
    ),
  ],
  [
    'night',
    gated(
      caseless(`(?<!(?:${NIGHT_PLACE})\\s)${whole(pick((s) => s.night))}`, 'iu'),
      words((s) => s.night),
      true,
    ),
  ],
  [
    'shift',
    gated(
      caseless(
        `${whole(`${pick((s) => s.shift)}|${SHIFT_OF_KIND}|${SHIFT_HOURS}`)}(?!\\s(?:${pick((s) => s.shiftNotBefore)}))`,
        'iu',
      ),
      words((s) => [...s.shift, ...s.shiftNouns, ...s.shiftHours]),
      true,
    ),
  ],
  [
    'weekend',
    gated(
      caseless(whole(`${pick((s) => s.weekend)}|${WEEKEND_AS_WORK}|${WORK_WEEK}`), 'iu'),
      words((s) => [...s.weekend, ...s.weekendNouns, ...s.weekendDays]),
      true,
    ),
  ],
  [
    'irregular_hours',
    gated(
      caseless(whole(pick((s) => s.irregular)), 'iu'),
      words((s) => s.irregular),
      true,
    ),
  ],
];

/**
 * Cheap first look (no Unicode case folding, which V8 runs slowly): every phrase contains one of
 * the lexicons' stems, and most sentences name none and skip the patterns above.
 */
const TRIGGER = new RegExp(
  [...new Set(LEXICONS.flatMap((l) => l.schedule.stems))].map(escapeRegex).join('|'),
  'i',
);

/** Every pattern's words at once: a sentence with none of them holds no demand. */
const ANY_WORD = startLook(
  LEXICONS.flatMap((l) => {
    const x = l.schedule;
    return [
      ...x.onCall,
      ...x.night,
      ...x.shift,
      ...x.shiftNouns,
      ...x.shiftHours,
      ...x.weekend,
      ...x.weekendNouns,
      ...x.weekendDays,
      ...x.irregular,
    ];
  }),
  true,
);

/** Weekend or evening words are only a demand in a sentence about work. */
const LEISURE = gated(
  caseless(whole(pick((s) => s.leisure)), 'iu'),
  words((s) => s.leisure),
  true,
);

export const extractSchedule: SentenceExtractor = (sentence) => {
  const { text } = sentence;
  const out: Found[] = [];
  if (!mayStart(text, ANY_WORD) || !TRIGGER.test(text)) return out;
  for (const [schedule, re] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    if (schedule === 'weekend' && LEISURE.test(text)) continue;
    out.push({ kind: 'schedule', schedule, at: m.index });
  }
  return out;
};

// Compiled before the first extraction (see pipeline/gate.ts).
warmLater(PATTERNS, TRIGGER, LEISURE);
