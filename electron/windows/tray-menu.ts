import type { MenuItemConstructorOptions } from 'electron';
import { assertNever } from '../../shared/assert-never';
import type { AppLanguage } from '../../shared/models/language';
import type { QuickDialChoices, QuickDialKind } from '../services/quick-dial';
import type { DoNotDisturbState } from '../services/setup/do-not-disturb-switch';
import { quickDialLabel } from './shell-text/quick-dial-text';
import { trayText } from './shell-text/tray-text';
import type { TrayStatus } from './tray-status';

export type TrayMenuActions = {
  onShow: () => void;
  onToggleDoNotDisturb: () => void;
  onQuickDial: (kind: QuickDialKind) => void;
  onQuit: () => void;
};

/** The checkbox shows what holds at Twilio; Electron ticks it on click, the next menu shows the truth. */
function doNotDisturbItem(
  state: DoNotDisturbState,
  toggle: () => void,
  language: AppLanguage,
): MenuItemConstructorOptions {
  const text = trayText(language);
  const item = { label: text.doNotDisturb, type: 'checkbox' } as const;
  switch (state.kind) {
    case 'no-line':
      return { ...item, checked: false, enabled: false, sublabel: text.needsLine };
    case 'line':
      return state.saving
        ? { ...item, checked: state.on, enabled: false, sublabel: text.saving }
        : { ...item, checked: state.on, click: toggle };
    default:
      return assertNever(state);
  }
}

/** Disabled items say why in their label: a sublabel is not shown by every desktop. */
function quickDialItems(
  choices: QuickDialChoices,
  language: AppLanguage,
  onQuickDial: (kind: QuickDialKind) => void,
): MenuItemConstructorOptions[] {
  return (['redial', 'callBack'] as const).map((kind) => {
    const label = quickDialLabel(language, kind, choices[kind]);
    return choices[kind] ? { label, click: () => onQuickDial(kind) } : { label, enabled: false };
  });
}

export function trayMenuTemplate(
  view: { status: TrayStatus; doNotDisturb: DoNotDisturbState; quickDial: QuickDialChoices; language: AppLanguage },
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  const { status } = view;
  const text = trayText(view.language);
  return [
    { label: status.label, enabled: false },
    ...(status.missed ? [{ label: status.missed, click: actions.onShow }] : []),
    { type: 'separator' },
    ...quickDialItems(view.quickDial, view.language, actions.onQuickDial),
    { type: 'separator' },
    { label: text.show, click: actions.onShow },
    doNotDisturbItem(view.doNotDisturb, actions.onToggleDoNotDisturb, view.language),
    { type: 'separator' },
    { label: text.quit, click: actions.onQuit },
  ];
}
