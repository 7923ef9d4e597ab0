import { type ReactNode, useRef } from 'react';
import { usePageFocus } from './usePageFocus';

/** The page's h1: names the document and takes focus after an in-page navigation. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  usePageFocus(title, ref);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
