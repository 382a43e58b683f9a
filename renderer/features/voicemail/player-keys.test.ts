import { describe, expect, it } from 'vitest';
import { playerCommandFor, type PlayerKeyTarget } from './player-keys';

const press = (
  key: string,
  target: PlayerKeyTarget = 'other',
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => playerCommandFor({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers }, target);

describe('player keys', () => {
  it('plays and pauses with K anywhere and Space where Space is not already a click', () => {
    for (const target of ['button', 'radio', 'slider', 'other'] as const)
      expect(press('k', target)).toEqual({ kind: 'toggle' });
    expect(press('K')).toEqual({ kind: 'toggle' });
    expect(press(' ', 'slider')).toEqual({ kind: 'toggle' });
    expect(press(' ', 'other')).toEqual({ kind: 'toggle' });
    expect(press(' ', 'button')).toBeNull();
    expect(press(' ', 'radio')).toBeNull();
  });

  it('moves 5 s with J and L anywhere, and with the arrows except on the slider and the speed radios', () => {
    expect(press('j', 'slider')).toEqual({ kind: 'seek', by: -5 });
    expect(press('L', 'radio')).toEqual({ kind: 'seek', by: 5 });
    expect(press('ArrowLeft', 'button')).toEqual({ kind: 'seek', by: -5 });
    expect(press('ArrowRight', 'other')).toEqual({ kind: 'seek', by: 5 });
    expect(press('ArrowRight', 'slider')).toBeNull();
    expect(press('ArrowLeft', 'radio')).toBeNull();
  });

  it('leaves shortcuts with modifiers and other keys to the rest of the app', () => {
    expect(press('k', 'other', { ctrlKey: true })).toBeNull();
    expect(press('ArrowRight', 'button', { altKey: true })).toBeNull();
    expect(press('l', 'other', { metaKey: true })).toBeNull();
    expect(press('Enter', 'other')).toBeNull();
    expect(press('ArrowUp', 'other')).toBeNull();
  });
});
