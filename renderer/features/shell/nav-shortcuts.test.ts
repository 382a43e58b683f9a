import { describe, expect, it } from 'vitest';
import { viewForShortcut, type ShortcutKey } from './nav-shortcuts';

const press = (overrides: Partial<ShortcutKey>): ShortcutKey => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...overrides,
});

describe('viewForShortcut', () => {
  it('maps Ctrl or Cmd with 1..4 to the views in nav order', () => {
    expect(viewForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true }))).toBe('dialer');
    expect(viewForShortcut(press({ key: '2', code: 'Digit2', metaKey: true }))).toBe('contacts');
    expect(viewForShortcut(press({ key: '3', code: 'Digit3', ctrlKey: true }))).toBe('history');
    expect(viewForShortcut(press({ key: '4', code: 'Digit4', ctrlKey: true }))).toBe('settings');
  });

  it('uses the physical key on layouts where the digit needs Shift', () => {
    expect(viewForShortcut(press({ key: '&', code: 'Digit1', ctrlKey: true }))).toBe('dialer');
  });

  it('ignores plain digits, other modifiers and digits without a view', () => {
    expect(viewForShortcut(press({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(viewForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBeNull();
    expect(viewForShortcut(press({ key: '5', code: 'Digit5', ctrlKey: true }))).toBeNull();
    expect(viewForShortcut(press({ key: 'a', code: 'KeyA', ctrlKey: true }))).toBeNull();
  });
});
