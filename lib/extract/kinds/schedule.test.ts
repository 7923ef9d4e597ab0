import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../lexicon/build';
import { extractSchedule } from './schedule';

const schedules = (text: string) =>
  extractSchedule({ text, start: 0, end: text.length, heading: null, section: null }).map((f) =>
    f.kind === 'schedule' ? f.schedule : null,
  );

describe('extractSchedule', () => {
  it.each([
    ['Join the team’s on-call rotation and resolve high-profile escalations.', ['on_call']],
    [
      'Working hours may vary depending on business need, shift or weekend work may be required',
      ['shift', 'weekend', 'irregular_hours'],
    ],
    ['Rotating night shifts in our fulfilment centre', ['night', 'shift']],
    ['Participation aux astreintes une semaine sur six.', ['on_call']],
    ['Travail posté en 3x8, week-ends travaillés selon planning.', ['shift', 'weekend']],
    ['Bereitschaft zu Schichtarbeit und Rufbereitschaft', ['on_call', 'shift']],
    ['Nachtschichten und Arbeit am Wochenende', ['night', 'weekend']],
    ['Disponibilidad para trabajar por turnos y fines de semana.', ['shift', 'weekend']],
    ['Guardias localizables una semana al mes.', ['on_call']],
    ['Disponibilità a lavorare su turni, anche nel fine settimana.', ['shift', 'weekend']],
    ['Occasional work outside normal business hours to support global teams.', ['irregular_hours']],
    ['Available to work evenings and weekends during launches.', ['weekend', 'irregular_hours']],
  ])('%s', (text, expected) => {
    expect(schedules(text)).toEqual(expected);
  });

  it.each([
    'You shift priorities quickly when the business needs it.',
    'A paradigm shift in how teams hire.',
    'Enjoy your weekends: we never ask for overtime.',
    'Flexible working hours and a four-day week.',
    'Hop on calls with customers to understand their needs.',
    'We use PagerDuty and Datadog.',
  ])('nothing in: %s', (text) => {
    expect(schedules(text)).toEqual([]);
  });

  it('never throws and keeps `at` inside the sentence', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const found = extractSchedule({
          text,
          start: 0,
          end: text.length,
          heading: null,
          section: null,
        });
        for (const f of found) expect(f.at).toBeLessThan(Math.max(1, text.length));
      }),
    );
  });
});

describe('extractSchedule: shift systems and weekend forms', () => {
  it.each([
    ['Fachkraft für Lagerlogistik im 3-Schicht-System', ['shift']],
    ['Bereitschaft zur Arbeit an einzelnen Samstagen', ['weekend']],
    ['You will lead the second shift (2:30 pm to 11:00 pm)', ['shift']],
    ['Monday to Friday, 8 hour shift', ['shift']],
    ['can work nights, including weekends, on a rota', ['night', 'shift', 'weekend']],
    ['three 12-hour night shifts, every other weekend', ['night', 'shift', 'weekend']],
    ['Join our on-call rotation one weekend a month', ['on_call', 'weekend']],
    ['Infirmier de nuit ; vous travaillez un week-end sur deux', ['night', 'weekend']],
    [
      'Dienst im Drei-Schicht-System einschließlich Nacht-, Wochenend- und Feiertagsdiensten',
      ['night', 'shift', 'weekend'],
    ],
    ['Poste de nuit fixe, avec un samedi matin sur trois.', ['night', 'weekend']],
    ['Participar da escala de sobreaviso aos fins de semana, em rodízio', ['on_call', 'weekend']],
    ['Je draait mee met een piketdienst van één week per twee maanden', ['on_call']],
    ['Partecipare ai turni di reperibilità del team', ['on_call']],
    ['vroege, late en nachtdiensten, ook in het weekend', ['night', 'shift', 'weekend']],
    ['Must be available to work rotating weekends', ['weekend']],
    ['ao fim da tarde e aos sábados de manhã', ['weekend']],
    ['Shifts are 8pm to 8am', ['shift']],
    ['Share a weekend on-call rotation (roughly one weekend in six)', ['on_call', 'weekend']],
    ['Disponibilità a lavorare nel weekend a turnazione', ['weekend', 'shift']],
    ['Disponible les samedis et dimanches matin (roulement)', ['weekend', 'shift']],
    ['Roulements à billes et maintenance des moteurs', []],
    ['Trabajar en turnos rotativos de lunes a domingo', ['shift', 'weekend']],
  ])('%s', (text, expected) => {
    expect(new Set(schedules(text))).toEqual(new Set(expected));
  });

  it('does not read a nightclub or a weekend off as a schedule', () => {
    expect(schedules('Team dinner at a boîte de nuit, then enjoy your weekends off')).toEqual([]);
  });
});

describe('schedule lexicon', () => {
  it('gives every phrase a stem, so the first look never hides a schedule', () => {
    for (const l of LEXICONS) {
      const stems = LEXICONS.flatMap((x) => x.schedule.stems);
      const s = l.schedule;
      const phrases = [...s.onCall, ...s.night, ...s.shift, ...s.weekend, ...s.irregular];
      for (const phrase of [...phrases, ...s.shiftNouns, ...s.weekendNouns, ...s.weekendDays]) {
        const lower = phrase.toLowerCase();
        expect(
          stems.some((stem) => lower.includes(stem)),
          `${l.code}: ${phrase}`,
        ).toBe(true);
      }
    }
  });
});
