import { type FirstScreen, readFirstScreen } from './firstRead';

/** The popup's first reads, started as this module is evaluated (main.ts imports it first). */
export const firstScreen: Promise<FirstScreen> | null = document.getElementById('root')
  ? readFirstScreen()
  : null;
