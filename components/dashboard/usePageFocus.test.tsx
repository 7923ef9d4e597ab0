// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);

/** A fresh copy of the module, as when the dashboard is opened in a new tab. */
async function freshHeading() {
  vi.resetModules();
  return (await import('./PageHeading')).PageHeading;
}

describe('page focus', () => {
  it('leaves focus alone on a page opened directly, and names the document', async () => {
    const PageHeading = await freshHeading();
    render(<PageHeading title="Insights" />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Insights' });
    expect(document.activeElement).not.toBe(heading);
    expect(document.title).toBe('Insights · Reqlens');
    // Still focusable from script, without joining the tab order.
    expect(heading.getAttribute('tabindex')).toBe('-1');
  });

  it("moves focus to the new page's heading after an in-page navigation, once", async () => {
    const PageHeading = await freshHeading();
    const first = render(<PageHeading title="Board" />);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    first.unmount();
    const { rerender } = render(<PageHeading title="Profile" />);
    const heading = screen.getByRole('heading', { level: 1, name: 'Profile' });
    expect(document.activeElement).toBe(heading);
    // A later title change (the user renamed the posting) does not pull focus back.
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    rerender(<PageHeading title="Profile (edited)" />);
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});
