import { join } from 'node:path';
import { Menu, nativeImage, Tray, type NativeImage } from 'electron';
import type { EventPayload } from '../../shared/contract/event-channels';
import type { AppLanguage } from '../../shared/models/language';
import type { RegistrationState } from '../../shared/models/registration';
import type { QuickDialChoices, QuickDialKind } from '../services/quick-dial';
import type { EventBus } from '../services/event-bus';
import { doNotDisturbOf, type DoNotDisturbState } from '../services/setup/do-not-disturb-switch';
import { trayMenuTemplate } from './tray-menu';
import { trayStatusFor, type TrayIconName, type UnreadCounts } from './tray-status';

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
  /** Redial and call back: what the history offers now, and placing it (reports any failure itself). */
  quickDial: { choices(): QuickDialChoices; place(kind: QuickDialKind): void };
  /** The language of the status line, the tooltip and the menu, asked at each render. */
  language: () => AppLanguage;
  onQuit: () => void;
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
  const statusNow = () =>
    trayStatusFor(options.language(), registration, unread, doNotDisturb.kind === 'line' && doNotDisturb.on);
  const actions = {
    onShow,
    onQuit,
    onQuickDial: (kind: QuickDialKind) => options.quickDial.place(kind),
    // Shown again once the switch is done, even when nothing changed (a press ignored or refused).
    onToggleDoNotDisturb: () => void options.onToggleDoNotDisturb().finally(render),
  };
  const tray = new Tray(iconFor(statusNow().icon));
  function render() {
    if (disposed) return;
    const status = statusNow();
    tray.setImage(iconFor(status.icon));
    tray.setToolTip(status.tooltip);
    const view = { status, doNotDisturb, quickDial: options.quickDial.choices(), language: options.language() };
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(view, actions)));
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
    } else if (event !== 'settings:changed') return;
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
