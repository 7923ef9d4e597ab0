// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FitStatus } from '@/lib/schema';
import { FitBadge } from './FitBadge';

afterEach(cleanup);

describe('FitBadge', () => {
  it.each<[FitStatus, string]>([
    ['met', 'Met'],
    ['partial', 'Partly met'],
    ['unmet', 'Not met'],
    ['unknown', 'Unknown'],
  ])('says %s in words, with the icon hidden from screen readers', (status, words) => {
    const { container } = render(<FitBadge status={status} />);
    const badge = container.querySelector('.fit-badge');
    expect(badge?.classList.contains(`fit-${status}`)).toBe(true);
    const icon = badge?.querySelector('[aria-hidden="true"]');
    expect(icon).not.toBeNull();
    expect(badge?.textContent?.replace(icon?.textContent ?? '', '')).toBe(words);
  });

  it('gives each status a different icon', () => {
    const icons = (['met', 'partial', 'unmet', 'unknown'] as const).map((s) => {
      const { container } = render(<FitBadge status={s} />);
      return container.querySelector('.fit-icon')?.textContent;
    });
    expect(new Set(icons).size).toBe(4);
  });
});
