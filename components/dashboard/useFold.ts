import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * A form that stays folded behind a button until the user wants it. Opening moves focus to the
 * form's first field; closing (Cancel, or a saved entry) gives it back to the button.
 *
 * Focus moves in the same call that renders the change (`flushSync`), not in an effect: an
 * effect's focus waited for React to flush passive effects, and on a loaded machine a render
 * from a live query in between could leave focus on the page's body.
 */
export function useFold() {
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const toggle = (next: boolean) => {
    flushSync(() => setOpen(next));
    if (next) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else buttonRef.current?.focus();
  };
  return {
    open,
    formRef,
    /** Props of the button that unfolds the form. */
    opener: {
      ref: buttonRef,
      onClick: () => toggle(true),
    },
    close: () => toggle(false),
  };
}
