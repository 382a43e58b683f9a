import { join } from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import type { RegistrationState } from '../../shared/models/registration';
import type { EventBus } from '../services/event-bus';
import { trayStatusFor, type TrayIconName, type TrayStatus } from './tray-status';

export interface TrayOptions {
  /** Holds tray-<icon>.png (and @2x variants, which Electron picks up on its own). */
  iconsDir: string;
  initialState: RegistrationState;
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
    { type: 'separator' },
    { label: 'Show Dialtone', click: actions.onShow },
    { label: 'Do not disturb', type: 'checkbox', checked: false, enabled: false, sublabel: 'Coming soon' },
    { type: 'separator' },
    { label: 'Quit', click: actions.onQuit },
  ];
}

/** The tray icon follows the phone line's registration state through the event bus. */
export function createTray(options: TrayOptions): { dispose(): void } {
  const { iconsDir, initialState, events, onShow, onQuit } = options;
  const icons = new Map<TrayIconName, NativeImage>();
  const iconFor = (name: TrayIconName): NativeImage => {
    const icon = icons.get(name) ?? nativeImage.createFromPath(join(iconsDir, `tray-${name}.png`));
    icons.set(name, icon);
    return icon;
  };

  const initial = trayStatusFor(initialState);
  const tray = new Tray(iconFor(initial.icon));
  const show = (status: TrayStatus) => {
    tray.setImage(iconFor(status.icon));
    tray.setToolTip(status.tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(status, { onShow, onQuit })));
  };
  show(initial);
  tray.on('click', onShow);

  const unsubscribe = events.subscribe((event, payload) => {
    if (event !== 'registration:state-changed') return;
    show(trayStatusFor(payload as EventPayload<'registration:state-changed'>));
  });
  return {
    dispose() {
      unsubscribe();
      tray.destroy();
    },
  };
}
