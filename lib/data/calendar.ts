import type { Interview } from '../schema';

/**
 * One interview as an iCalendar file (RFC 5545) for the user's calendar app: a download, never a
 * request. Times are written in UTC, so every calendar shows them in its own zone.
 */

export interface InterviewEvent {
  interview: Interview;
  /** The posting's key: with the time, the event's stable UID (a re-download updates it). */
  jobKey: string;
  title: string | null;
  company: string | null;
  /** The posting's address, for the event's description. */
  url: string;
  /** How long to block, in minutes. */
  minutes?: number;
}

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * RFC 5545 TEXT (3.3.11): backslash, semicolon and comma escaped; every line break (CRLF, a lone CR
 * or a lone LF) becomes `\\n`; the other control characters, which TEXT does not allow, are dropped.
 * A lone CR left in place would end the content line for many readers and let page text add
 * properties (an alarm, an attendee) to the user's calendar.
 */
const text = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the characters TEXT forbids
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');

/** Lines longer than 75 octets are folded: a CRLF and one space, never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (encoder.encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function interviewCalendar(event: InterviewEvent, now: number): string {
  const { interview, jobKey } = event;
  const role = [event.title, event.company].filter(Boolean).join(' at ') || 'a job';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reqlens//Interviews//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${text(`${interview.at}-${jobKey}`)}@reqlens`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(interview.at)}`,
    `DTEND:${stamp(interview.at + (event.minutes ?? 60) * 60_000)}`,
    `SUMMARY:${text(`${interview.label}: ${role}`)}`,
    ...(interview.place ? [`LOCATION:${text(interview.place)}`] : []),
    `DESCRIPTION:${text(`Interview for ${role}.\n${event.url}`)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** `reqlens-interview-2026-04-14.ics`, dated in local time. */
export function calendarFileName(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `reqlens-interview-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.ics`;
}
