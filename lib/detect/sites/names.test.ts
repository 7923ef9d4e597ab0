import { describe, expect, it } from 'vitest';
import { extensions } from '../extensions';
import '../index';
import { ADAPTERS } from './index';
import { SITE_NAMES, siteName, UNKNOWN_SITE } from './names';

describe('site names', () => {
  const ids = [...ADAPTERS, ...extensions.adapters].map((a) => a.id);

  it('names every site an adapter can store', () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const missing = ids.filter((id) => !Object.hasOwn(SITE_NAMES, id));
    expect(missing).toEqual([]);
  });

  it('gives a name a person reads, not the id', () => {
    expect(siteName('lever')).toBe('Lever');
    expect(siteName('greenhouse')).toBe('Greenhouse');
    expect(siteName('linkedin')).toBe('LinkedIn');
    expect(siteName('generic')).toBe('Company site');
    for (const id of ids) expect(siteName(id)).not.toBe(id);
  });

  it('never shows an unknown or inherited id', () => {
    expect(siteName('some-new-board')).toBe(UNKNOWN_SITE);
    expect(siteName('constructor')).toBe(UNKNOWN_SITE);
    expect(siteName('toString')).toBe(UNKNOWN_SITE);
  });
});
