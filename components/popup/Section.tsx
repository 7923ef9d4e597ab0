import { type ReactNode, useId } from 'react';

export interface SectionProps {
  title: string;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
}

/** A collapsible popup section: a heading whose button says whether the content is shown. */
export function Section({ title, open, onToggle, children }: SectionProps) {
  const id = useId();
  return (
    <section className="popup-section">
      <h2 className="section-heading">
        <button type="button" aria-expanded={open} aria-controls={id} onClick={onToggle}>
          <span aria-hidden="true" className="chevron">
            {open ? '▾' : '▸'}
          </span>
          {title}
        </button>
      </h2>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
