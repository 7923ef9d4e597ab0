import { describe, expect, it } from 'vitest';
import { extract } from '../index';

const types = (text: string) => extract({ text }).posting.employmentTypes;

describe('the week named by its hours', () => {
  it.each([
    ['Yard Operative\n\nThe job is paid hourly for a 40 hour week, overtime on top.', 'full_time'],
    ['Cleaner\n\nThis is a 16-hour week, mornings only.', 'part_time'],
    ['Porter\n\nYou will work a 37.5 hour working week.', 'full_time'],
    ['Elektriker (m/w/d)\n\nWir bieten eine 39-Stunden-Woche.', 'full_time'],
    [
      'Pflegehelfer (m/w/d)\n\nWir bieten:\n- eine Stelle mit ca. 25 Stunden\n- ein nettes Team',
      'part_time',
    ],
  ])('%s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  it('hours of something else are no week', () => {
    expect(types('Driver\n\nYou may drive up to 10 hours a day.')).toEqual([]);
  });
});

describe('a title that names the job a contract or an interim', () => {
  it.each([
    ['Contract Python Developer\n\nYou build our data tools.', 'contract'],
    ['Contract Recruiter\n\nYou fill our engineering roles.', 'contract'],
    ['Interim Finance Director\n\nYou lead the finance team for a year.', 'temporary'],
    ['Interim Teamleider Logistiek\n\nJe stuurt het team aan.', 'temporary'],
  ])('%s', (text, type) => {
    expect(types(text)).toEqual([type]);
  });

  it.each([
    'Contract Manager\n\nYou negotiate supplier agreements.',
    'Contract Administrator\n\nYou keep our agreements in order.',
    'Contracts Analyst\n\nYou review our agreements.',
  ])('a trade of contracts names no type: %s', (text) => {
    expect(types(text)).toEqual([]);
  });

  it('what the text says of the type wins over the title', () => {
    const text = 'Contract Python Developer\n\nThis is a permanent, full-time role.';
    expect(types(text)).toEqual(['full_time']);
  });
});
