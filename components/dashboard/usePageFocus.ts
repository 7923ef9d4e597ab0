import { type RefObject, useEffect, useRef } from 'react';
import { PAGE_TEXT } from '@/components/text';

/**
 * Whether the user has moved between the dashboard's pages since it loaded. A page opened directly
 * (a bookmark, the popup's link) keeps the browser's own start; after an in-page navigation focus
 * moves to the new page's heading, so keyboard and screen-reader users start there.
 */
let navigated = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    navigated = true;
  });
}

/**
 * Sets the document title and, after an in-page navigation, moves focus to the page's heading
 * once it is on screen (`ready`): once per page, so a later title change (an edit) never pulls
 * focus away from where the user is typing.
 */
export function usePageFocus(
  title: string,
  heading: RefObject<HTMLElement | null>,
  ready = true,
): void {
  const focused = useRef(false);
  useEffect(() => {
    document.title = `${title}${PAGE_TEXT.suffix}`;
  }, [title]);
  useEffect(() => {
    if (!ready || focused.current || !heading.current) return;
    focused.current = true;
    if (navigated) heading.current.focus();
  }, [ready, heading]);
}
