import { useEffect, useRef, useState } from 'react';
import type { KeypadKey } from '../../../shared/phone/keypad';
import { useDialerStore } from '../../stores/dialer/dialer.store';
import { isTypingTarget, typedKeypadKey } from './typed-keys';

const litMs = 150;

/**
 * While the dialer is on screen, digits, * and # typed anywhere else go to the number field (the
 * matching key lights up), Backspace deletes the last one and a paste fills the field.
 * Returns the key to light up.
 */
export function useTypedDigits(): KeypadKey | null {
  const [litKey, setLitKey] = useState<KeypadKey | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const dialer = () => useDialerStore.getState();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const key = typedKeypadKey(event);
      if (key) {
        event.preventDefault();
        dialer().press(key);
        setLitKey(key);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setLitKey(null), litMs);
      } else if (event.key === 'Backspace' && !(event.ctrlKey || event.metaKey || event.altKey)) {
        event.preventDefault();
        dialer().backspace();
      }
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      event.preventDefault();
      dialer().paste(text);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste);
      clearTimeout(timer.current);
    };
  }, []);

  return litKey;
}
