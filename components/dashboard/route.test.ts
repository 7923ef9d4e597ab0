import { describe, expect, it } from 'vitest';
import { parseHash, routeHref } from './route';

describe('parseHash', () => {
  it('reads the simple pages', () => {
    expect(parseHash('#/table')).toEqual({ page: 'table' });
    expect(parseHash('#/profile')).toEqual({ page: 'profile' });
    expect(parseHash('#/insights')).toEqual({ page: 'insights' });
    expect(parseHash('#/add')).toEqual({ page: 'add' });
  });

  it('round-trips a job key with slashes, colons and accents', () => {
    const jobKey = 'https://jobs.example.fr/offres/chargé-de-communication?id=42&src=li';
    const href = routeHref({ page: 'posting', jobKey });
    expect(href.startsWith('#/posting/')).toBe(true);
    expect(href.slice('#/posting/'.length)).not.toContain('/');
    expect(parseHash(href)).toEqual({ page: 'posting', jobKey });
    expect(parseHash('#/posting/greenhouse%3A12345')).toEqual({
      page: 'posting',
      jobKey: 'greenhouse:12345',
    });
  });

  it('falls back to the board for empty, unknown or malformed hashes', () => {
    expect(parseHash('')).toEqual({ page: 'board' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'board' });
    expect(parseHash('#/posting/')).toEqual({ page: 'board' });
    expect(parseHash('#/posting/%E0%A4%A')).toEqual({ page: 'board' });
    expect(parseHash('#/table/extra')).toEqual({ page: 'board' });
  });
});
