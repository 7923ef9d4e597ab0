import { type RefObject, useEffect } from 'react';

let firstPage = true;

/**
 * Sets the document title and, after an in-page navigation, moves focus to the page's heading so
 * keyboard and screen-reader users start at the new page instead of on the link they used.
 */
export function usePageFocus(title: string, heading: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    document.title = `${title} · Reqlens`;
    if (firstPage) firstPage = false;
    else heading.current?.focus();
  }, [title, heading]);
}
