import { useRef, useState, type KeyboardEvent } from 'react';
import { keyName, keypadKeys, type KeypadKey } from '../../../shared/phone/keypad';
import './keypad.css';

interface KeypadProps {
  /** Names the group for screen readers ("Keypad", "Keypad tones"). */
  label: string;
  onPress(key: KeypadKey): void;
  /** A key typed on the keyboard lights up briefly, as if pressed. */
  litKey?: KeypadKey | null;
  /** Where focus starts when the keypad opens (the in-call keypad takes it at once). */
  autoFocus?: boolean;
}

const columns = 3;

function nextIndex(key: string, index: number): number | null {
  const count = keypadKeys.length;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'ArrowDown':
      return (index + columns) % count;
    case 'ArrowUp':
      return (index - columns + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The twelve keys, one Tab stop; arrows move between keys, Enter or Space presses one. */
export function Keypad({ label, onPress, litKey = null, autoFocus = false }: KeypadProps) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = buttons.current.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const next = nextIndex(event.key, index);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="keypad" role="group" aria-label={label} onKeyDown={onKeyDown}>
      {keypadKeys.map(({ key, letters }, index) => (
        <button
          key={key}
          type="button"
          className="keypad__key"
          data-lit={litKey === key ? 'true' : undefined}
          aria-label={keyName(key)}
          tabIndex={index === focusIndex ? 0 : -1}
          autoFocus={autoFocus && index === focusIndex}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          onFocus={() => setFocusIndex(index)}
          onClick={() => onPress(key)}
        >
          <span className="keypad__digit" aria-hidden="true">
            {key}
          </span>
          <span className="keypad__letters" aria-hidden="true">
            {letters}
          </span>
        </button>
      ))}
    </div>
  );
}
