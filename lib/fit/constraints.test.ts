import { describe, expect, it } from 'vitest';
import type { EmploymentType, Profile } from '../schema';
import { postingFacts } from '../testing/extraction';
import { checkEmployment, checkSchedule, checkTravel, checkWorkplace } from './constraints';
import { req, said, worded } from './testing';

const travel = (percent: number | null) => req('travel', { percent });

describe('checkTravel', () => {
  it.each<[Profile['travel'], number | null, string]>([
    [true, 25, 'met'],
    [true, null, 'met'],
    [false, null, 'unmet'],
    [30, 25, 'met'],
    [20, 50, 'unmet'],
    [20, null, 'partial'],
    [0, 10, 'unmet'],
    [undefined, 25, 'unknown'],
  ])('profile travel %s vs %s%%: %s', (mine, percent, status) => {
    const profile: Profile = mine === undefined ? {} : { travel: mine };
    expect(checkTravel(travel(percent), profile).status).toBe(status);
  });

  it('names both sides', () => {
    expect(said(checkTravel(travel(50), { travel: 20 }))).toBe(
      'It asks for travel up to 50%; you travel up to 20%.',
    );
  });

  it('a travel dealbreaker wins over willingness', () => {
    expect(worded(checkTravel(travel(null), { travel: true, dealbreakers: ['travel'] }))).toEqual({
      status: 'unmet',
      reason: 'It asks for some travel, and travel is one of your dealbreakers.',
      dealbreaker: true,
    });
  });
});

describe('checkSchedule', () => {
  const onCall = req('schedule', { schedule: 'on_call' });

  it('hits a dealbreaker', () => {
    expect(worded(checkSchedule(onCall, { dealbreakers: ['night', 'on_call'] }))).toEqual({
      status: 'unmet',
      reason: 'It asks for an on-call rotation, and that is one of your dealbreakers.',
      dealbreaker: true,
    });
  });

  it('is met when the user has stated dealbreakers that do not include it', () => {
    expect(checkSchedule(onCall, { dealbreakers: ['night'] }).status).toBe('met');
    expect(
      worded(checkSchedule(req('schedule', { schedule: 'weekend' }), { dealbreakers: [] })),
    ).toEqual({
      status: 'met',
      reason: 'It asks for weekend work, which is not among your dealbreakers.',
    });
  });

  it('is unknown when the profile never said', () => {
    expect(checkSchedule(onCall, { totalYears: 3 }).status).toBe('unknown');
  });
});

describe('checkWorkplace', () => {
  it('compares the work model with the accepted ones', () => {
    const p: Profile = { workplaces: ['hybrid', 'remote'] };
    expect(worded(checkWorkplace(p, postingFacts({ workplace: 'hybrid' })))).toEqual({
      topic: 'workplace',
      status: 'met',
      reason: 'It is hybrid, and you accept hybrid and remote.',
    });
    expect(checkWorkplace(p, postingFacts({ workplace: 'onsite' }))?.status).toBe('unmet');
    expect(checkWorkplace(p, postingFacts())?.status).toBe('unknown');
  });

  it('makes onsite-only a dealbreaker when the user says so', () => {
    const p: Profile = { dealbreakers: ['onsite_only'] };
    expect(checkWorkplace(p, postingFacts({ workplace: 'onsite' }))?.dealbreaker).toBe(true);
    expect(checkWorkplace(p, postingFacts({ workplace: 'hybrid' }))?.status).toBe('met');
  });

  it('says nothing when neither side has a view', () => {
    expect(checkWorkplace({}, postingFacts())).toBeNull();
    expect(checkWorkplace({}, postingFacts({ workplace: 'remote' }))?.status).toBe('unknown');
  });
});

describe('checkEmployment', () => {
  const types = (...employmentTypes: EmploymentType[]) => postingFacts({ employmentTypes });

  it('reports only an employment type the user refuses', () => {
    const p: Profile = { dealbreakers: ['contract'] };
    expect(worded(checkEmployment(p, types('contract')))).toEqual({
      topic: 'employment',
      status: 'unmet',
      reason: 'It is contract work, and that is one of your dealbreakers.',
      dealbreaker: true,
    });
    expect(checkEmployment(p, types('full_time'))).toBeNull();
    expect(checkEmployment({}, types('internship'))).toBeNull();
  });

  it('reads every type of the list', () => {
    const p: Profile = { dealbreakers: ['temporary', 'part_time'] };
    expect(said(checkEmployment(p, types('full_time', 'temporary')))).toBe(
      'It is temporary, and that is one of your dealbreakers.',
    );
    expect(said(checkEmployment(p, types('part_time', 'temporary')))).toBe(
      'It is part-time and temporary, and those are among your dealbreakers.',
    );
  });

  it('takes part time offered beside full time as an option, not a dealbreaker', () => {
    const p: Profile = { dealbreakers: ['part_time'] };
    expect(checkEmployment(p, types('full_time', 'part_time'))).toBeNull();
    expect(checkEmployment(p, types('part_time'))?.dealbreaker).toBe(true);
  });

  it('lets volunteer and per diem work be dealbreakers like the other types', () => {
    const p: Profile = { dealbreakers: ['volunteer', 'per_diem'] };
    expect(said(checkEmployment(p, types('volunteer')))).toBe(
      'It is volunteer work, and that is one of your dealbreakers.',
    );
    expect(checkEmployment(p, types('per_diem'))?.dealbreaker).toBe(true);
    expect(checkEmployment(p, types('full_time'))).toBeNull();
  });

  it('reads a stored row from before the list by its single type', () => {
    const old = { ...postingFacts({ employmentType: 'contract' }), employmentTypes: undefined };
    expect(checkEmployment({ dealbreakers: ['contract'] }, old)?.status).toBe('unmet');
  });
});
