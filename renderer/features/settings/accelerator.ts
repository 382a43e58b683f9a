import { acceleratorProblem } from '../../../shared/models/accelerator';

/** The parts of a key press Electron accelerators are made of. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const modifierKeys = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'OS']);

/**
 * Turns a key press into an Electron accelerator such as "CommandOrControl+Alt+A", or null when
 * it is not a usable shortcut yet (a lone modifier, or no modifier but Shift: a system-wide
 * shortcut without one would steal ordinary typing).
 */
export function acceleratorFor(press: KeyPress): string | null {
  if (modifierKeys.has(press.key)) return null;
  const key = press.key.length === 1 ? press.key.toUpperCase() : press.key;
  if (!/^[A-Z0-9]$|^F([1-9]|1[0-9]|2[0-4])$/.test(key)) return null;
  const parts = [
    ...(press.ctrlKey || press.metaKey ? ['CommandOrControl'] : []),
    ...(press.altKey ? ['Alt'] : []),
    ...(press.shiftKey ? ['Shift'] : []),
  ];
  const accelerator = [...parts, key].join('+');
  return acceleratorProblem(accelerator) === null ? accelerator : null;
}

/** How a shortcut reads on this platform ("Ctrl+Alt+A", or "⌘+Alt+A" on a Mac). */
export function describeAccelerator(accelerator: string, mac: boolean): string {
  return accelerator.replace('CommandOrControl', mac ? '⌘' : 'Ctrl');
}
