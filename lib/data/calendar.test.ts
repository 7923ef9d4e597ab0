import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFileName, interviewCalendar } from './calendar';

const event = {
  interview: {
    at: Date.UTC(2026, 3, 14, 7, 30),
    label: 'Entretien technique',
    place: 'Lyon, 12 rue de la République; 3e étage',
  },
  jobKey: 'lever:rhone:8a1c',
  title: 'Développeuse backend (H/F)',
  company: 'Rhône Logistique',
  url: 'https://jobs.lever.co/rhone/8a1c',
};

/** The content lines, unfolded as a calendar app reads them. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('interviewCalendar', () => {
  it('writes one event in UTC with the round, the role and the place, escaped', () => {
    const ics = interviewCalendar(event, Date.UTC(2026, 3, 1, 12));
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('DTSTART:20260414T073000Z');
    expect(lines).toContain('DTEND:20260414T083000Z');
    expect(lines).toContain('DTSTAMP:20260401T120000Z');
    expect(lines).toContain(
      'SUMMARY:Entretien technique: Développeuse backend (H/F) at Rhône Logistique',
    );
    expect(lines).toContain('LOCATION:Lyon\\, 12 rue de la République\\; 3e étage');
    expect(lines).toContain(
      'DESCRIPTION:Interview for Développeuse backend (H/F) at Rhône Logistique.\\nhttps://jobs.lever.co/rhone/8a1c',
    );
    expect(lines).toContain('UID:1776151800000-lever:rhone:8a1c@reqlens');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = { ...event, interview: { ...event.interview, label: 'Échange ✓ '.repeat(20) } };
    const ics = interviewCalendar(long, 0);
    for (const line of ics.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(unfold(ics).find((l) => l.startsWith('SUMMARY:'))).toContain(
      'Échange ✓ '.repeat(20).trim(),
    );
  });

  it('leaves the place out when there is none, and names the file by the local day', () => {
    const ics = interviewCalendar({ ...event, interview: { ...event.interview, place: null } }, 0);
    expect(ics).not.toContain('LOCATION');
    expect(calendarFileName(new Date(2026, 3, 14, 9, 30).getTime())).toBe(
      'reqlens-interview-2026-04-14.ics',
    );
  });
});

/** RFC 5545 TEXT read back: `\n` is a line break, `\\`, `\;`, `\,` the characters themselves. */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** What a text field should read as in a calendar app: breaks as `\n`, no control characters. */
const expected = (value: string) =>
  value
    .replace(/\r\n|\r|\n/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters RFC 5545 forbids
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');

describe('interviewCalendar on hostile text (property-based)', () => {
  // Line breaks of every kind, the escaped characters, and iCalendar syntax a page could plant.
  const piece = fc.oneof(
    fc.constantFrom('\r', '\n', '\r\n', '\n\r', '\\', ';', ',', ':', '\t', '\u0000', '\u001b'),
    fc.constantFrom('BEGIN:VALARM', 'ATTENDEE:mailto:x@example.com', 'END:VEVENT', ' folded'),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
  );
  const hostile = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
  const names = [
    'BEGIN',
    'VERSION',
    'PRODID',
    'CALSCALE',
    'BEGIN',
    'UID',
    'DTSTAMP',
    'DTSTART',
    'DTEND',
    'SUMMARY',
    'LOCATION',
    'DESCRIPTION',
    'END',
    'END',
  ];

  it('keeps every field on its own content line, whatever the page put in it', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        hostile,
        hostile,
        hostile,
        (title, company, label, place, key) => {
          const ics = interviewCalendar(
            {
              ...event,
              title,
              company,
              jobKey: key,
              interview: { at: event.interview.at, label, place },
            },
            0,
          );
          // No bare CR or LF anywhere: every line ends with CRLF, and folds are CRLF + space.
          expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          const lines = unfold(ics).filter((l) => l !== '');
          expect(lines.map((l) => l.split(/[:;]/, 1)[0])).toEqual(
            place === '' ? names.filter((n) => n !== 'LOCATION') : names,
          );
          const value = (name: string) =>
            unescapeText(lines.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1) ?? '');
          const role = [title, company].filter(Boolean).join(' at ') || 'a job';
          expect(value('SUMMARY')).toBe(expected(`${label}: ${role}`));
          if (place !== '') expect(value('LOCATION')).toBe(expected(place));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('turns a lone carriage return into an escaped line break, not a new property', () => {
    const ics = interviewCalendar(
      { ...event, title: 'Analyst\rBEGIN:VALARM\rATTENDEE:mailto:a@b.c\rEND:VALARM' },
      0,
    );
    const lines = unfold(ics);
    expect(lines.some((l) => l.startsWith('BEGIN:VALARM') || l.startsWith('ATTENDEE'))).toBe(false);
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toContain('Analyst\\nBEGIN:VALARM\\n');
  });
});
