import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/models/settings';
import { createMemoryLogger } from '../logging/logger';
import type { CallHotkey } from '../services/call-hotkeys';
import { createGlobalHotkeys, type ShortcutRegistry } from './global-hotkeys';

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
  it('registers every shortcut that is set; each runs its call action', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    const ran: CallHotkey[] = [];
    hotkeys.apply(defaultSettings, (hotkey) => ran.push(hotkey));
    expect(hotkeys.status()).toEqual({ hotkeyAnswer: 'active', hotkeyHangUp: 'active', hotkeyMute: 'active' });
    shortcuts.press('CommandOrControl+Alt+A');
    shortcuts.press('CommandOrControl+Alt+M');
    expect(ran).toEqual(['answer', 'mute']);
  });

  it('reports a shortcut taken by another application or refused by the system, and keeps the others', () => {
    const shortcuts = fakeGlobalShortcut({ heldElsewhere: ['Ctrl+Alt+H'], unparsable: ['Ctrl+Alt+A'] });
    const logger = createMemoryLogger();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, logger);
    const ran: CallHotkey[] = [];
    expect(() =>
      hotkeys.apply(settings({ hotkeyAnswer: 'Ctrl+Alt+A', hotkeyHangUp: 'Ctrl+Alt+H' }), (hotkey) => ran.push(hotkey)),
    ).not.toThrow();
    expect(hotkeys.status()).toEqual({ hotkeyAnswer: 'refused', hotkeyHangUp: 'taken', hotkeyMute: 'active' });
    shortcuts.press('CommandOrControl+Alt+M');
    expect(ran).toEqual(['mute']);
    expect(logger.records.filter((record) => record.level === 'warn').map((record) => record.fields)).toEqual([
      { hotkey: 'answer', accelerator: 'Ctrl+Alt+A', state: 'refused' },
      { hotkey: 'hang-up', accelerator: 'Ctrl+Alt+H', state: 'taken' },
    ]);
  });

  it('follows changed settings: a shortcut turned off is off, a new one replaces the old', () => {
    const shortcuts = fakeGlobalShortcut();
    const hotkeys = createGlobalHotkeys(shortcuts.registry, createMemoryLogger());
    hotkeys.apply(defaultSettings, () => undefined);
    hotkeys.apply(settings({ hotkeyMute: null, hotkeyAnswer: 'Ctrl+Shift+F5' }), () => undefined);
    expect(hotkeys.status()).toEqual({ hotkeyAnswer: 'active', hotkeyHangUp: 'active', hotkeyMute: 'off' });
    expect([...shortcuts.registered.keys()]).toEqual(['Ctrl+Shift+F5', 'CommandOrControl+Alt+H']);
  });
});
