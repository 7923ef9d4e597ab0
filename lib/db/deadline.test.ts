import { describe, expect, it } from 'vitest';
import { deadlineFromJsonLd } from './deadline';

describe('deadlineFromJsonLd', () => {
  it('reads validThrough as epoch ms', () => {
    expect(deadlineFromJsonLd(JSON.stringify({ validThrough: '2026-04-30T23:59:00Z' }))).toBe(
      Date.UTC(2026, 3, 30, 23, 59),
    );
  });

  it('ignores a placeholder far in the future, which no stored time may hold', () => {
    for (const validThrough of ['9999-12-31', '2999-01-01T00:00:00Z', '+275760-09-13T00:00:00Z']) {
      expect(deadlineFromJsonLd(JSON.stringify({ validThrough })), validThrough).toBeNull();
    }
  });
});
