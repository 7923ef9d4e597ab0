import { useEffect, useRef, useState } from 'react';

/**
 * A form that stays folded behind a button until the user wants it. Opening moves focus to the
 * form's first field; closing (Cancel, or a saved entry) gives it back to the button.
 */
export function useFold() {
  const [open, setOpen] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    if (open) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else buttonRef.current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
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
