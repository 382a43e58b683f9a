import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import { assertNever } from '../../shared/assert-never';
import type { RegistrationState } from '../../shared/models/registration';
import type { EventBus } from '../services/event-bus';
import { doNotDisturbOf, type DoNotDisturbState } from '../services/setup/do-not-disturb-switch';
import { trayStatusFor, type TrayIconName, type TrayStatus, type UnreadCounts } from './tray-status';

export interface TrayOptions {
  /** Holds tray-<icon>.png (and @2x variants, which Electron picks up on its own). */
  iconsDir: string;
  initialState: RegistrationState;
  initialUnread: UnreadCounts;
  initialDoNotDisturb: DoNotDisturbState;
  events: EventBus;
  onShow: () => void;
  /** Switches do not disturb and reports any failure itself; must not reject. */
  onToggleDoNotDisturb: () => Promise<void>;
  onQuit: () => void;
}

/** The checkbox shows what holds at Twilio; Electron ticks it on click, the next menu shows the truth. */
function doNotDisturbItem(state: DoNotDisturbState, toggle: () => void): MenuItemConstructorOptions {
  const item = { label: 'Do not disturb', type: 'checkbox' } as const;
  switch (state.kind) {
    case 'no-line':
      return { ...item, checked: false, enabled: false, sublabel: 'Needs your Twilio line: set it up in Dialtone' };
    case 'line':
      return state.saving
        ? { ...item, checked: state.on, enabled: false, sublabel: 'Saving…' }
        : { ...item, checked: state.on, click: toggle };
    default:
      return assertNever(state);
  }
}

function trayMenuTemplate(
  status: TrayStatus,
  doNotDisturb: DoNotDisturbState,
  actions: { onShow: () => void; onToggleDoNotDisturb: () => void; onQuit: () => void },
): MenuItemConstructorOptions[] {
  return [
    { label: status.label, enabled: false },
    ...(status.missed ? [{ label: status.missed, click: actions.onShow }] : []),
    { type: 'separator' },
    { label: 'Show Dialtone', click: actions.onShow },
    doNotDisturbItem(doNotDisturb, actions.onToggleDoNotDisturb),
    { type: 'separator' },
    { label: 'Quit', click: actions.onQuit },
  ];
}

/**
 * The tray follows the phone line's registration state, the unread counts and do not disturb (from
 * the setup, whichever screen or shortcut changed it) through the event bus.
 */
export function createTray(options: TrayOptions): { dispose(): void } {
  const { iconsDir, events, onShow, onQuit } = options;
  let registration = options.initialState;
  let unread = options.initialUnread;
  let doNotDisturb = options.initialDoNotDisturb;
  const icons = new Map<TrayIconName, NativeImage>();
  const iconFor = (name: TrayIconName): NativeImage => {
    const icon = icons.get(name) ?? nativeImage.createFromPath(join(iconsDir, `tray-${name}.png`));
    icons.set(name, icon);
    return icon;
  };

  let disposed = false;
  const statusNow = () => trayStatusFor(registration, unread, doNotDisturb.kind === 'line' && doNotDisturb.on);
  const actions = {
    onShow,
    onQuit,
    // Shown again once the switch is done, even when nothing changed (a press ignored or refused).
    onToggleDoNotDisturb: () => void options.onToggleDoNotDisturb().finally(render),
  };
  const tray = new Tray(iconFor(statusNow().icon));
  function render() {
    if (disposed) return;
    const status = statusNow();
    tray.setImage(iconFor(status.icon));
    tray.setToolTip(status.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, doNotDisturb, actions)));
  }
  render();
  tray.on('click', onShow);

  const unsubscribe = events.subscribe((event, payload) => {
    if (event === 'registration:state-changed') registration = payload as EventPayload<'registration:state-changed'>;
    else if (event === 'history:changed') {
      unread = { ...unread, missedCalls: (payload as EventPayload<'history:changed'>).missedUnseen };
    } else if (event === 'voicemail:changed') {
      unread = { ...unread, voicemails: (payload as EventPayload<'voicemail:changed'>).unplayed };
    } else if (event === 'messages:changed') {
      unread = { ...unread, messages: (payload as EventPayload<'messages:changed'>).unread };
    } else if (event === 'setup:changed') {
      doNotDisturb = doNotDisturbOf(payload as EventPayload<'setup:changed'>);
    } else return;
    render();
  });
  return {
    dispose() {
      disposed = true;
      unsubscribe();
      tray.destroy();
    },
  };
}
