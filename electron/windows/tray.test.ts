import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { SetupState } from '../../shared/models/twilio-setup';
import type { DoNotDisturbState } from '../services/setup/do-not-disturb-switch';
import { createEventBus } from '../services/event-bus';
import { sampleSetupState } from '../test-support/setup-samples';
import { createTray } from './tray';

const electron = vi.hoisted(() => ({
  trays: [] as {
    image: string;
    tooltip: string;
    menu: MenuItemConstructorOptions[];
    clicks: (() => void)[];
    destroyed: boolean;
  }[],
}));

vi.mock('electron', () => ({
  nativeImage: { createFromPath: (path: string) => path },
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => template },
  Tray: class {
    state = {
      image: '',
      tooltip: '',
      menu: [] as MenuItemConstructorOptions[],
      clicks: [] as (() => void)[],
      destroyed: false,
    };
    constructor(image: string) {
      this.state.image = image;
      electron.trays.push(this.state);
    }
    setImage(image: string) {
      this.state.image = image;
    }
    setToolTip(tooltip: string) {
      this.state.tooltip = tooltip;
    }
    setContextMenu(menu: MenuItemConstructorOptions[]) {
      this.state.menu = menu;
    }
    on(_name: 'click', listener: () => void) {
      this.state.clicks.push(listener);
    }
    destroy() {
      this.state.destroyed = true;
    }
  },
}));

function setUp(initialDoNotDisturb: DoNotDisturbState = { kind: 'no-line' }) {
  const events = createEventBus();
  const onShow = vi.fn();
  const onQuit = vi.fn();
  const onToggleDoNotDisturb = vi.fn(() => Promise.resolve());
  const tray = createTray({
    iconsDir: '/icons',
    initialState: { status: 'no-account' },
    initialUnread: { missedCalls: 0, voicemails: 0, messages: 0 },
    initialDoNotDisturb,
    events,
    onShow,
    onToggleDoNotDisturb,
    quickDial: { choices: () => ({ redial: null, callBack: null }), place: () => undefined },
    language: () => 'en',
    onQuit,
  });
  return { events, onShow, onQuit, onToggleDoNotDisturb, tray, state: electron.trays.at(-1)! };
}

const doNotDisturbItem = (menu: MenuItemConstructorOptions[]) => menu.find((item) => item.label === 'Do not disturb');
const setupWith = (change: Partial<SetupState> & { doNotDisturb?: boolean }): SetupState => {
  const { doNotDisturb = false, ...rest } = change;
  return {
    ...sampleSetupState,
    busy: false,
    problem: null,
    callHandling: { ...sampleSetupState.callHandling, doNotDisturb },
    ...rest,
  };
};

const accountId = '7f0b8a52-3c1e-4f5a-9d2b-0c6e1a2b3c4d';

describe('createTray', () => {
  it('starts from the current registration state', () => {
    const { state } = setUp();
    expect(state.image).toBe('/icons/tray-offline.png');
    expect(state.tooltip).toBe('Dialtone — No phone line yet');
    expect(state.menu[0]).toEqual({ label: 'No phone line yet', enabled: false });
  });

  it('follows registration:state-changed on the event bus and ignores other events', () => {
    const { events, state } = setUp();
    events.emit('registration:state-changed', { status: 'registering', accountId });
    expect(state.image).toBe('/icons/tray-connecting.png');
    events.emit('registration:state-changed', { status: 'registered', accountId, expiresInSeconds: 600 });
    expect(state.image).toBe('/icons/tray-ready.png');
    expect(state.tooltip).toBe('Dialtone — Ready');
    expect(state.menu[0]?.label).toBe('Ready');
    events.emit('accounts:changed', []);
    expect(state.tooltip).toBe('Dialtone — Ready');
  });

  it('counts missed calls not seen yet, and opens Dialtone from that line', () => {
    const { events, state, onShow } = setUp();
    events.emit('history:changed', { missedUnseen: 2 });
    expect(state.tooltip).toBe('Dialtone — No phone line yet — 2 missed calls');
    expect(state.menu[1]?.label).toBe('2 missed calls');
    (state.menu[1]?.click as () => void)();
    expect(onShow).toHaveBeenCalledTimes(1);
    events.emit('history:changed', { missedUnseen: 0 });
    expect(state.tooltip).toBe('Dialtone — No phone line yet');
  });

  it('adds voicemail not played and messages not read to what it counts', () => {
    const { events, state } = setUp();
    events.emit('history:changed', { missedUnseen: 1 });
    events.emit('voicemail:changed', { unplayed: 2 });
    events.emit('messages:changed', { unread: 1, remoteNumbers: ['+15125550177'] });
    expect(state.tooltip).toBe('Dialtone — No phone line yet — 1 missed call, 2 voicemails, 1 message');
    events.emit('voicemail:changed', { unplayed: 0 });
    expect(state.menu[1]?.label).toBe('1 missed call, 1 message');
  });

  it('offers Show, Do not disturb (disabled, with the reason, while there is no Twilio line), and Quit', () => {
    const { state, onShow, onQuit, onToggleDoNotDisturb } = setUp();
    const items = state.menu.filter((item) => item.type !== 'separator');
    expect(items.map((item) => item.label)).toEqual([
      'No phone line yet',
      'Redial: no call placed yet',
      'Call back: no missed call to return',
      'Show Dialtone',
      'Do not disturb',
      'Quit',
    ]);
    expect(items[4]).toEqual({
      label: 'Do not disturb',
      type: 'checkbox',
      checked: false,
      enabled: false,
      sublabel: 'Needs your Twilio line: set it up in Dialtone',
    });
    expect(onToggleDoNotDisturb).not.toHaveBeenCalled();
    (items[3]?.click as () => void)();
    (items[5]?.click as () => void)();
    state.clicks.forEach((click) => click());
    expect(onShow).toHaveBeenCalledTimes(2);
    expect(onQuit).toHaveBeenCalledTimes(1);
  });

  it('stops following the bus and removes the icon on dispose', () => {
    const { events, state, tray } = setUp();
    tray.dispose();
    events.emit('registration:state-changed', { status: 'registering', accountId });
    expect(state.destroyed).toBe(true);
    expect(state.tooltip).toBe('Dialtone — No phone line yet');
  });

  it('switches do not disturb from its checkbox, and shows what holds afterwards even if nothing changed', async () => {
    const { state, onToggleDoNotDisturb } = setUp({ kind: 'line', on: false, saving: false });
    const item = doNotDisturbItem(state.menu)!;
    expect(item).toMatchObject({ type: 'checkbox', checked: false });
    expect(item.enabled).not.toBe(false);
    expect(item.sublabel).toBeUndefined();
    // Electron ticks a checkbox itself before calling click; a press that changed nothing must not stay ticked.
    item.checked = true;
    (item.click as () => void)();
    expect(onToggleDoNotDisturb).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(state.menu).not.toContain(item));
    expect(doNotDisturbItem(state.menu)).toMatchObject({ checked: false });
  });

  it('follows do not disturb in the setup, whoever changed it: saving, on, off, and the line removed', () => {
    const { events, state } = setUp();
    events.emit('registration:state-changed', { status: 'registered', accountId, expiresInSeconds: 600 });
    events.emit('setup:changed', setupWith({ routingSync: { status: 'sending', since: '2026-03-02T09:30:00.000Z' } }));
    expect(doNotDisturbItem(state.menu)).toMatchObject({ checked: false, enabled: false, sublabel: 'Saving…' });
    expect(state.tooltip).toBe('Dialtone — Ready');

    events.emit('setup:changed', setupWith({ doNotDisturb: true }));
    expect(doNotDisturbItem(state.menu)).toMatchObject({ checked: true });
    expect(doNotDisturbItem(state.menu)?.enabled).not.toBe(false);
    expect(state.menu[0]?.label).toBe('Ready · Do not disturb');
    expect(state.tooltip).toBe('Dialtone — Ready · Do not disturb');
    expect(state.image).toBe('/icons/tray-ready.png');

    events.emit('history:changed', { missedUnseen: 1 });
    expect(state.tooltip).toBe('Dialtone — Ready · Do not disturb — 1 missed call');

    events.emit('setup:changed', setupWith({ doNotDisturb: false }));
    expect(doNotDisturbItem(state.menu)).toMatchObject({ checked: false });
    expect(state.tooltip).toBe('Dialtone — Ready — 1 missed call');

    // Saved as on but no line at Twilio any more: nothing holds it, so the tray does not claim it.
    events.emit('setup:changed', setupWith({ doNotDisturb: true, accountId: null }));
    expect(doNotDisturbItem(state.menu)).toMatchObject({ checked: false, enabled: false });
    expect(state.tooltip).toBe('Dialtone — Ready — 1 missed call');
  });
});
