/*
 * Electron's accelerator grammar (docs: api/accelerator), without zod so the renderer can use it:
 * modifiers, then one key code, joined by +, case-insensitive. Electron throws on anything else,
 * so a stored shortcut is checked against this before it ever reaches globalShortcut.register.
 */

const modifiers = new Set(
  [
    'Command',
    'Cmd',
    'Control',
    'Ctrl',
    'CommandOrControl',
    'CmdOrCtrl',
    'Alt',
    'Option',
    'AltGr',
    'Shift',
    'Super',
    'Meta',
  ].map((name) => name.toLowerCase()),
);

const namedKeys = [
  'Plus',
  'Space',
  'Tab',
  'Capslock',
  'Numlock',
  'Scrolllock',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
  'VolumeUp',
  'VolumeDown',
  'VolumeMute',
  'MediaNextTrack',
  'MediaPreviousTrack',
  'MediaStop',
  'MediaPlayPause',
  'PrintScreen',
  'numdec',
  'numadd',
  'numsub',
  'nummult',
  'numdiv',
];
const keyCodes = new Set(namedKeys.map((name) => name.toLowerCase()));
/** Letters, digits, F1 to F24, num0 to num9, and punctuation (+ itself is written Plus). */
const keyCodePattern = /^([a-z0-9]|f([1-9]|1[0-9]|2[0-4])|num[0-9]|[)!@#$%^&*(:;=<,_\->.?/~`{\][|\\}"'])$/;
const functionKey = /^f([1-9]|1[0-9]|2[0-4])$/;

export const acceleratorMaxLength = 60;

export const acceleratorExample = 'CommandOrControl+Alt+A';

/** Why Electron would refuse this shortcut, or Dialtone should (it would take typing away): a sentence, or null. */
export function acceleratorProblem(accelerator: string): string | null {
  const parts = accelerator.toLowerCase().split('+');
  const key = parts.pop() ?? '';
  const wellFormed = key !== '' && parts.length > 0 && parts.every((part) => modifiers.has(part));
  if (accelerator.length > acceleratorMaxLength || !wellFormed) {
    return `A shortcut is one or more of Ctrl, Alt, Shift, Super, then a key, joined by +, like ${acceleratorExample}`;
  }
  if (!keyCodes.has(key) && !keyCodePattern.test(key)) {
    return `"${key}" is not a key Electron knows: use a letter, a digit, F1 to F24 or a named key such as Space`;
  }
  if (parts.every((part) => part === 'shift') && !functionKey.test(key)) {
    return 'Add Ctrl, Alt or Super: with Shift alone this shortcut would take a key away from every other app';
  }
  return null;
}
