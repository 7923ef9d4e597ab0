import { type ReactNode, useEffect, useRef } from 'react';

let firstPage = true;

/**
 * The page's h1. It sets the document title and, after an in-page navigation, takes focus so
 * screen-reader and keyboard users start at the new page's top instead of the old link.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Reqlens`;
    if (firstPage) firstPage = false;
    else ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
