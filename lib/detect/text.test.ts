import { describe, expect, it } from 'vitest';
import { page } from './test-helpers';
import { elementText } from './text';

describe('elementText', () => {
  it('reads text without layout: blocks, bullets, hidden and non-content elements', () => {
    const doc = page(`<div id="d">
      <h2>Qualifications</h2>
      <ul>
        <li>Three years of <em>React</em></li>
        <li hidden>Hidden requirement</li>
        <li><span aria-hidden="true">★</span>Team player</li>
      </ul>
      <button>Apply</button><script>track()</script><style>.x{}</style>
      <p>Line one<br>Line two</p>
    </div>`);
    const root = doc.getElementById('d');
    expect(root && elementText(root)).toBe(
      'Qualifications\n\n• Three years of React\n• Team player\n\nLine one\nLine two',
    );
  });

  it('survives very deep nesting (no recursion)', () => {
    const deep = `${'<div>'.repeat(20_000)}deep text${'</div>'.repeat(20_000)}`;
    const doc = page(`<section id="s">${deep}</section>`);
    const root = doc.getElementById('s');
    expect(root && elementText(root)).toBe('deep text');
  });

  it('stops near the limit on huge pages', () => {
    const doc = page(`<div id="d">${'<p>0123456789</p>'.repeat(10_000)}</div>`);
    const root = doc.getElementById('d');
    expect((root && elementText(root, { limit: 1000 }).length) ?? 0).toBeLessThan(1300);
  });
});
