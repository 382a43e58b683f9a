import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';

interface ModalDialogProps {
  labelledBy: string;
  describedBy?: string;
  className?: string;
  /** Escape pressed, or the dialog closed any other way than by its owner unmounting it. */
  onCancel(): void;
  /** Where focus goes when the dialog closes and the element that opened it is gone. */
  fallbackFocus(): HTMLElement | null;
  children: ReactNode;
}

/**
 * A modal <dialog>, shown while mounted: the rest of the page is inert, Tab stays inside, Escape
 * cancels. The element marked data-autofocus, else the first input or button, takes focus on opening,
 * and focus goes back to the opener on closing.
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  className,
  onCancel,
  fallbackFocus,
  children,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const fallbackRef = useRef(fallbackFocus);

  useEffect(() => {
    fallbackRef.current = fallbackFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('input, button');
    first?.focus();
    return () => {
      // After React has removed what the closing changed (a removed account's buttons, say).
      requestAnimationFrame(() => {
        const target = opener?.isConnected ? opener : fallbackRef.current();
        target?.focus();
      });
    };
  }, []);

  function cancel(event: SyntheticEvent<HTMLDialogElement>) {
    // The owner unmounts the dialog; closing it here would leave React's state behind.
    event.preventDefault();
    onCancel();
  }

  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={cancel}
      onClose={onCancel}
    >
      {children}
    </dialog>
  );
}
