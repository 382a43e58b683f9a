import { isKeypadKey, type KeypadKey } from '../../../shared/phone/keypad';

/** Typing here goes where it is typed: fields, and regions that take digits themselves (the call keypad). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [data-captures-digits]')) return true;
  return target.closest('[role="alertdialog"], [role="dialog"]') !== null;
}

/** A keypad key typed without Ctrl, Cmd or Alt; null for anything else. */
export function typedKeypadKey(event: KeyboardEvent): KeypadKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return isKeypadKey(event.key) ? event.key : null;
}

/** A text field or similar, where typed digits belong to the field itself. */
export function isEditableTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}
