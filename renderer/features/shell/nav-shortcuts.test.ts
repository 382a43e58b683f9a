import { describe, expect, it } from 'vitest';
import { callShortcutFor, callShortcutLabel, viewForShortcut, type ShortcutKey } from './nav-shortcuts';
import { translatorFor } from '../../i18n/translate-test-kit';

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
  it('maps Ctrl or Cmd with 1..6 to the views in nav order', () => {
    expect(viewForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true }))).toBe('dialer');
    expect(viewForShortcut(press({ key: '2', code: 'Digit2', metaKey: true }))).toBe('contacts');
    expect(viewForShortcut(press({ key: '3', code: 'Digit3', ctrlKey: true }))).toBe('history');
    expect(viewForShortcut(press({ key: '4', code: 'Digit4', ctrlKey: true }))).toBe('voicemail');
    expect(viewForShortcut(press({ key: '5', code: 'Digit5', ctrlKey: true }))).toBe('messages');
    expect(viewForShortcut(press({ key: '6', code: 'Digit6', ctrlKey: true }))).toBe('settings');
  });

  it('uses the physical key on layouts where the digit needs Shift', () => {
    expect(viewForShortcut(press({ key: '&', code: 'Digit1', ctrlKey: true }))).toBe('dialer');
  });

  it('ignores plain digits, other modifiers and digits without a view', () => {
    expect(viewForShortcut(press({ key: '1', code: 'Digit1' }))).toBeNull();
    expect(viewForShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true, altKey: true }))).toBeNull();
    expect(viewForShortcut(press({ key: '7', code: 'Digit7', ctrlKey: true }))).toBeNull();
    expect(viewForShortcut(press({ key: 'a', code: 'KeyA', ctrlKey: true }))).toBeNull();
  });
});

describe('callShortcutFor', () => {
  it('maps Ctrl or Cmd with Shift and A, H, M to the call actions', () => {
    expect(callShortcutFor(press({ key: 'A', code: 'KeyA', ctrlKey: true, shiftKey: true }))).toBe('answer');
    expect(callShortcutFor(press({ key: 'H', code: 'KeyH', metaKey: true, shiftKey: true }))).toBe('hang-up');
    expect(callShortcutFor(press({ key: 'M', code: 'KeyM', ctrlKey: true, shiftKey: true }))).toBe('mute');
  });

  it('follows the letter on layouts where it sits elsewhere, the physical key without Latin letters', () => {
    expect(callShortcutFor(press({ key: 'A', code: 'KeyQ', ctrlKey: true, shiftKey: true }))).toBe('answer');
    expect(callShortcutFor(press({ key: 'Q', code: 'KeyA', ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(callShortcutFor(press({ key: 'Ь', code: 'KeyM', ctrlKey: true, shiftKey: true }))).toBe('mute');
  });

  it('needs both modifiers and nothing else', () => {
    expect(callShortcutFor(press({ key: 'a', code: 'KeyA', ctrlKey: true }))).toBeNull();
    expect(callShortcutFor(press({ key: 'A', code: 'KeyA', shiftKey: true }))).toBeNull();
    expect(callShortcutFor(press({ key: 'A', code: 'KeyA', ctrlKey: true, shiftKey: true, altKey: true }))).toBeNull();
    expect(callShortcutFor(press({ key: 'B', code: 'KeyB', ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('labels shortcuts for each platform', () => {
    expect(callShortcutLabel('hang-up', false, translatorFor('en'))).toEqual({
      text: 'Ctrl+Shift+H',
      aria: 'Control+Shift+H',
    });
    expect(callShortcutLabel('hang-up', false, translatorFor('de'))).toEqual({
      text: 'Strg+Umschalt+H',
      aria: 'Control+Shift+H',
    });
    expect(callShortcutLabel('answer', true, translatorFor('fr'))).toEqual({ text: '⇧⌘A', aria: 'Meta+Shift+A' });
  });
});
