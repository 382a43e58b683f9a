import { describe, expect, it } from 'vitest';
import { acceleratorProblem } from './accelerator';
import { settingsPatchSchema } from './settings';

describe('shortcut accelerators', () => {
  it.each([
    'CommandOrControl+Alt+A',
    'cmdorctrl+alt+a',
    'Ctrl+Shift+F5',
    'Super+num5',
    'Alt+Plus',
    'Control+Option+Space',
    'Meta+AltGr+/',
    'Shift+F24',
    'Command+MediaPlayPause',
  ])('accepts %s, which Electron accepts', (accelerator) => {
    expect(acceleratorProblem(accelerator)).toBeNull();
  });

  it.each([
    ['Foo+Bar', /one or more of Ctrl, Alt, Shift, Super, then a key/],
    ['Hyper+A', /one or more of Ctrl, Alt, Shift, Super, then a key/],
    ['Ctrl+', /then a key/],
    ['Ctrl++', /then a key/],
    ['A', /then a key/],
    ['Ctrl+Alt', /"alt" is not a key/],
    ['Ctrl+Alt+F25', /"f25" is not a key/],
    ['Ctrl+Alt+Bar', /"bar" is not a key/],
    ['Ctrl+Alt+é', /"é" is not a key/],
    ['Shift+A', /Add Ctrl, Alt or Super/],
    [`Ctrl+${'Alt+'.repeat(20)}A`, /then a key/],
  ])('refuses %s and says what a shortcut looks like', (accelerator, message) => {
    expect(acceleratorProblem(accelerator)).toMatch(message);
  });

  it('is how settings check a shortcut, so a stored one Electron rejects never reaches it', () => {
    expect(settingsPatchSchema.safeParse({ hotkeyAnswer: 'Ctrl+Alt+Bar' }).error?.issues[0]?.message).toMatch(
      /not a key/,
    );
    expect(settingsPatchSchema.safeParse({ hotkeyMute: 'Ctrl+Alt+M' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ hotkeyMute: null }).success).toBe(true);
  });
});
