import { describe, expect, it } from 'vitest';
import { hotkeysUnavailable, type HotkeyStatus } from '../../shared/models/hotkey-status';
import { defaultSettings, type Settings } from '../../shared/models/settings';
import { createMemoryLogger } from '../logging/logger';
import { createGlobalHotkeys, mediaPlayPause, type HotkeyAction, type ShortcutRegistry } from './global-hotkeys';

/**
 * Behaves as Electron's globalShortcut does (the binary is out of reach here): register answers
 * false for a combination another application holds, and throws a TypeError for one it cannot parse.
 */
function fakeGlobalShortcut(options: { heldElsewhere?: string[]; unparsable?: string[] } = {}) {
  const registered = new Map<string, () => void>();
  const registry: ShortcutRegistry = {
    register(accelerator, callback) {
      if (options.unparsable?.includes(accelerator)) {
        throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
      }
      if (options.heldElsewhere?.includes(accelerator) || registered.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregisterAll: () => registered.clear(),
  };
  return { registry, press: (accelerator: string) => registered.get(accelerator)?.(), registered };
}

const settings = (hotkeys: Partial<Settings>): Settings => ({ ...defaultSettings, ...hotkeys });

describe('global hotkeys', () => {
  it('registers every shortcut that is set; each runs its action', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    const ran: HotkeyAction[] = [];
    hotkeys.apply(defaultSettings, (action) => ran.push(action));
    expect(hotkeys.status()).toEqual({
      hotkeyAnswer: 'active',
      hotkeyHangUp: 'active',
      hotkeyMute: 'active',
      hotkeyDoNotDisturb: 'active',
      hotkeyRedial: 'active',
      hotkeyCallBack: 'active',
    });
    shortcuts.press('CommandOrControl+Alt+A');
    shortcuts.press('CommandOrControl+Alt+M');
    shortcuts.press('CommandOrControl+Alt+H');
    expect(ran).toEqual([
      { kind: 'call', hotkey: 'answer' },
      { kind: 'call', hotkey: 'mute' },
      { kind: 'call', hotkey: 'hang-up' },
    ]);
  });

  it('switches do not disturb from its own shortcut, which is not a call action', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    const ran: HotkeyAction[] = [];
    hotkeys.apply(settings({ hotkeyDoNotDisturb: 'Ctrl+Shift+F9' }), (action) => ran.push(action));
    shortcuts.press('CommandOrControl+Alt+D');
    expect(ran).toEqual([]);
    shortcuts.press('Ctrl+Shift+F9');
    shortcuts.press('Ctrl+Shift+F9');
    expect(ran).toEqual([{ kind: 'toggle-do-not-disturb' }, { kind: 'toggle-do-not-disturb' }]);

    hotkeys.apply(settings({ hotkeyDoNotDisturb: null }), (action) => ran.push(action));
    expect(hotkeys.status().hotkeyDoNotDisturb).toBe('off');
    shortcuts.press('Ctrl+Shift+F9');
    expect(ran).toHaveLength(2);
  });

  it('redials and calls back from their own shortcuts; turned off, they do nothing', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    const ran: HotkeyAction[] = [];
    hotkeys.apply(defaultSettings, (action) => ran.push(action));
    shortcuts.press('CommandOrControl+Alt+R');
    shortcuts.press('CommandOrControl+Alt+B');
    expect(ran).toEqual([
      { kind: 'quick-dial', dial: 'redial' },
      { kind: 'quick-dial', dial: 'callBack' },
    ]);
    hotkeys.apply(settings({ hotkeyRedial: null, hotkeyCallBack: null }), (action) => ran.push(action));
    expect(hotkeys.status()).toMatchObject({ hotkeyRedial: 'off', hotkeyCallBack: 'off' });
    shortcuts.press('CommandOrControl+Alt+R');
    shortcuts.press('CommandOrControl+Alt+B');
    expect(ran).toHaveLength(2);
  });

  it('has default shortcuts that are all different, so none hides another', () => {
    const accelerators = Object.keys(hotkeysUnavailable).map((key) => defaultSettings[key as keyof HotkeyStatus]);
    expect(accelerators.every((accelerator) => accelerator !== null)).toBe(true);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('reports a shortcut taken by another application or refused by the system, and keeps the others', () => {
    const shortcuts = fakeGlobalShortcut({ heldElsewhere: ['Ctrl+Alt+H'], unparsable: ['Ctrl+Alt+A'] });
    const logger = createMemoryLogger();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, logger);
    const ran: HotkeyAction[] = [];
    expect(() =>
      hotkeys.apply(
        settings({ hotkeyAnswer: 'Ctrl+Alt+A', hotkeyHangUp: 'Ctrl+Alt+H', hotkeyDoNotDisturb: 'Ctrl+Alt+H' }),
        (action) => ran.push(action),
      ),
    ).not.toThrow();
    expect(hotkeys.status()).toEqual({
      hotkeyAnswer: 'refused',
      hotkeyHangUp: 'taken',
      hotkeyMute: 'active',
      hotkeyDoNotDisturb: 'taken',
      hotkeyRedial: 'active',
      hotkeyCallBack: 'active',
    });
    shortcuts.press('CommandOrControl+Alt+M');
    expect(ran).toEqual([{ kind: 'call', hotkey: 'mute' }]);
    expect(logger.records.filter((record) => record.level === 'warn').map((record) => record.fields)).toEqual([
      { setting: 'hotkeyAnswer', accelerator: 'Ctrl+Alt+A', state: 'refused' },
      { setting: 'hotkeyHangUp', accelerator: 'Ctrl+Alt+H', state: 'taken' },
      { setting: 'hotkeyDoNotDisturb', accelerator: 'Ctrl+Alt+H', state: 'taken' },
    ]);
  });

  it('follows changed settings: a shortcut turned off is off, a new one replaces the old', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    hotkeys.apply(defaultSettings, () => undefined);
    hotkeys.apply(settings({ hotkeyMute: null, hotkeyAnswer: 'Ctrl+Shift+F5' }), () => undefined);
    expect(hotkeys.status()).toEqual({
      hotkeyAnswer: 'active',
      hotkeyHangUp: 'active',
      hotkeyMute: 'off',
      hotkeyDoNotDisturb: 'active',
      hotkeyRedial: 'active',
      hotkeyCallBack: 'active',
    });
    expect([...shortcuts.registered.keys()]).toEqual([
      'Ctrl+Shift+F5',
      'CommandOrControl+Alt+H',
      'CommandOrControl+Alt+D',
      'CommandOrControl+Alt+R',
      'CommandOrControl+Alt+B',
      'MediaPlayPause',
    ]);
  });
});

describe('the play/pause media key', () => {
  it('answers or hangs up with play/pause while media keys are on (the default), and leaves the key alone when off', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    const ran: HotkeyAction[] = [];
    hotkeys.apply(defaultSettings, (action) => ran.push(action));
    shortcuts.press(mediaPlayPause);
    expect(ran).toEqual([{ kind: 'call', hotkey: 'play-pause' }]);

    hotkeys.apply(settings({ mediaKeys: false }), (action) => ran.push(action));
    expect(shortcuts.registered.has(mediaPlayPause)).toBe(false);
    shortcuts.press(mediaPlayPause);
    expect(ran).toHaveLength(1);
  });

  it('logs a media key held by another application (a music player) and keeps the shortcuts', () => {
    const shortcuts = fakeGlobalShortcut({ heldElsewhere: [mediaPlayPause] });
    const logger = createMemoryLogger();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, logger);
    hotkeys.apply(defaultSettings, () => undefined);
    expect(hotkeys.status().hotkeyAnswer).toBe('active');
    expect(logger.records.filter((record) => record.level === 'warn').map((record) => record.fields)).toEqual([
      { accelerator: mediaPlayPause },
    ]);
  });
});
