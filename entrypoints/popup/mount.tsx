import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { CurrentTab } from './useCurrentTab';

/** React takes the root over (replacing the first screen, which it renders alike). */
export function mount(root: HTMLElement, current: CurrentTab): void {
  createRoot(root).render(
    <StrictMode>
      <App initial={current} />
    </StrictMode>,
  );
}
