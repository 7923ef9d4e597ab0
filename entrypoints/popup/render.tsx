import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { FirstReads } from './firstRead';

/** Renders the popup once its first reads have answered: loaded by main.ts while they run. */
export function mount(root: HTMLElement, { found, quick }: FirstReads): Promise<void> {
  return Promise.all([found, quick]).then(([current, tracked]) => {
    createRoot(root).render(
      <StrictMode>
        <App initial={current} quick={tracked} />
      </StrictMode>,
    );
  });
}
