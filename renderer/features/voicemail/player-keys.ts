/** Seconds that J, L and the arrow keys move the player. */
const seekStepSeconds = 5;

export type PlayerCommand = { kind: 'toggle' } | { kind: 'seek'; by: number };

/** The player control a key went to: buttons and radios keep Space, the slider and radios keep their arrows. */
export type PlayerKeyTarget = 'button' | 'radio' | 'slider' | 'other';

export interface PlayerKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key pressed in the player does: Space or K plays and pauses, J/L and ←/→ move 5 s; null leaves it alone. */
export function playerCommandFor(event: PlayerKey, target: PlayerKeyTarget): PlayerCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case ' ':
      return target === 'button' || target === 'radio' ? null : { kind: 'toggle' };
    case 'k':
    case 'K':
      return { kind: 'toggle' };
    case 'j':
    case 'J':
      return { kind: 'seek', by: -seekStepSeconds };
    case 'l':
    case 'L':
      return { kind: 'seek', by: seekStepSeconds };
    case 'ArrowLeft':
    case 'ArrowRight':
      if (target === 'slider' || target === 'radio') return null;
      return { kind: 'seek', by: event.key === 'ArrowLeft' ? -seekStepSeconds : seekStepSeconds };
    default:
      return null;
  }
}

export function playerKeyTarget(element: EventTarget | null): PlayerKeyTarget {
  if (!(element instanceof HTMLElement)) return 'other';
  if (element instanceof HTMLButtonElement) return 'button';
  if (element instanceof HTMLInputElement && element.type === 'radio') return 'radio';
  if (element instanceof HTMLInputElement && element.type === 'range') return 'slider';
  return 'other';
}
