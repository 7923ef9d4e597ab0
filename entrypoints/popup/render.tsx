import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { FirstScreen } from './firstRead';

/** Renders the popup: loaded by main.tsx while the first screen's reads are under way. */
export function mount(root: HTMLElement, { found, quick }: FirstScreen): void {
  createRoot(root).render(
    <StrictMode>
      <App initial={found} quick={quick} />
    </StrictMode>,
  );
}
