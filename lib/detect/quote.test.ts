import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { findQuoteRange } from './quote';

// linkedom has no working Range: this test uses happy-dom, which implements one.
function doc(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('findQuoteRange', () => {
  it('finds a sentence that spans inline elements', () => {
    const d = doc('<div><p>You have <b>5+ years</b> of Go   experience.</p></div>');
    expect(findQuoteRange(d, 'You have 5+ years of Go experience.')?.toString()).toBe(
      'You have 5+ years of Go   experience.',
    );
  });

  it('matches a list item quoted with its bullet, and typographic apostrophes', () => {
    const d = doc('<ul><li>Python</li><li>Experience with AWS’s managed services</li></ul>');
    expect(findQuoteRange(d, "• Experience with AWS's managed services")?.toString()).toBe(
      'Experience with AWS’s managed services',
    );
  });

  it('is case-insensitive and ignores script text', () => {
    const d = doc('<script>var q = "fluent german";</script><p>Fluent German (C1) required</p>');
    expect(findQuoteRange(d, 'fluent german (c1)')?.toString()).toBe('Fluent German (C1)');
  });

  it('returns null for a missing or too short quote', () => {
    const d = doc('<p>Requirements: Kotlin</p>');
    expect(findQuoteRange(d, 'Scala and Akka')).toBeNull();
    expect(findQuoteRange(d, 'Kotlin')).toBeNull();
  });
});
