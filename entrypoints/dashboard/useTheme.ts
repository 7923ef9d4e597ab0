import { useEffect, useRef } from 'react';
import { type Theme, useDashboard } from '@/components/dashboard/store';

const KEY = 'reqlens-theme';

function isTheme(value: string | null): value is Theme {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** Applies the chosen theme to <html> and remembers it for this page (a display preference only). */
export function useTheme(): void {
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  const restored = useRef(false);
  useEffect(() => {
    if (!restored.current) {
      // The saved choice is read once; it must not be overwritten by the initial 'system'.
      restored.current = true;
      const saved = window.localStorage.getItem(KEY);
      if (isTheme(saved) && saved !== theme) {
        setTheme(saved);
        return;
      }
    }
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
    window.localStorage.setItem(KEY, theme);
  }, [theme, setTheme]);
}
