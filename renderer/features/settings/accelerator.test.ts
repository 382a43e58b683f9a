import { describe, expect, it } from 'vitest';
import { acceleratorFor, describeAccelerator } from './accelerator';

const press = (
  key: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('accelerators', () => {
  it('builds Electron accelerators from key presses', () => {
    expect(acceleratorFor(press('a', { ctrlKey: true, altKey: true }))).toBe('CommandOrControl+Alt+A');
    expect(acceleratorFor(press('m', { metaKey: true, shiftKey: true }))).toBe('CommandOrControl+Shift+M');
    expect(acceleratorFor(press('F9', { altKey: true }))).toBe('Alt+F9');
    expect(acceleratorFor(press('5', { ctrlKey: true }))).toBe('CommandOrControl+5');
  });

  it('waits for a real key and refuses shortcuts without a modifier', () => {
    expect(acceleratorFor(press('Control', { ctrlKey: true }))).toBeNull();
    expect(acceleratorFor(press('a'))).toBeNull();
    expect(acceleratorFor(press('Enter', { ctrlKey: true }))).toBeNull();
  });

  it('takes Shift alone as a modifier for F-keys only, as the settings schema does', () => {
    expect(acceleratorFor(press('A', { shiftKey: true }))).toBeNull();
    expect(acceleratorFor(press('F5', { shiftKey: true }))).toBe('Shift+F5');
  });

  it('reads as the platform writes it', () => {
    expect(describeAccelerator('CommandOrControl+Alt+A', false)).toBe('Ctrl+Alt+A');
    expect(describeAccelerator('CommandOrControl+Alt+A', true)).toBe('⌘+Alt+A');
  });
});
