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
