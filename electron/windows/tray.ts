import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import type { RegistrationState } from '../../shared/models/registration';
import type { EventBus } from '../services/event-bus';
import { trayStatusFor, type TrayIconName, type TrayStatus, type UnreadCounts } from './tray-status';

export interface TrayOptions {
  /** Holds tray-<icon>.png (and @2x variants, which Electron picks up on its own). */
  iconsDir: string;
  initialState: RegistrationState;
  initialUnread: UnreadCounts;
  events: EventBus;
  onShow: () => void;
  onQuit: () => void;
}

function trayMenuTemplate(
  status: TrayStatus,
  actions: Pick<TrayOptions, 'onShow' | 'onQuit'>,
): MenuItemConstructorOptions[] {
  return [
    { label: status.label, enabled: false },
    ...(status.missed ? [{ label: status.missed, click: actions.onShow }] : []),
    { type: 'separator' },
    { label: 'Show Dialtone', click: actions.onShow },
    { label: 'Do not disturb', type: 'checkbox', checked: false, enabled: false, sublabel: 'Coming soon' },
    { type: 'separator' },
    { label: 'Quit', click: actions.onQuit },
  ];
}

/** The tray follows the phone line's registration state and the unread counts through the event bus. */
export function createTray(options: TrayOptions): { dispose(): void } {
  const { iconsDir, events, onShow, onQuit } = options;
  let registration = options.initialState;
  let unread = options.initialUnread;
  const icons = new Map<TrayIconName, NativeImage>();
  const iconFor = (name: TrayIconName): NativeImage => {
    const icon = icons.get(name) ?? nativeImage.createFromPath(join(iconsDir, `tray-${name}.png`));
    icons.set(name, icon);
    return icon;
  };

  const initial = trayStatusFor(registration, unread);
  const tray = new Tray(iconFor(initial.icon));
  const show = (status: TrayStatus) => {
    tray.setImage(iconFor(status.icon));
    tray.setToolTip(status.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, { onShow, onQuit })));
  };
  show(initial);
  tray.on('click', onShow);

  const unsubscribe = events.subscribe((event, payload) => {
    if (event === 'registration:state-changed') registration = payload as EventPayload<'registration:state-changed'>;
    else if (event === 'history:changed') {
      unread = { ...unread, missedCalls: (payload as EventPayload<'history:changed'>).missedUnseen };
    } else if (event === 'voicemail:changed') {
      unread = { ...unread, voicemails: (payload as EventPayload<'voicemail:changed'>).unplayed };
    } else if (event === 'messages:changed') {
      unread = { ...unread, messages: (payload as EventPayload<'messages:changed'>).unread };
    } else return;
    show(trayStatusFor(registration, unread));
  });
  return {
    dispose() {
      unsubscribe();
      tray.destroy();
    },
  };
}
