import { useId, useState, type KeyboardEvent } from 'react';
import type { HotkeyStatus } from '../../../shared/models/hotkey-status';
import type { Settings } from '../../../shared/models/settings';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { acceleratorFor, describeAccelerator } from './accelerator';
import { hotkeyProblemText } from './hotkey-status-text';

type HotkeyKey = keyof HotkeyStatus;

/** One system-wide shortcut: focus the box and press the combination; Backspace clears it. */
export function HotkeyField({
  setting,
  label,
  value,
}: {
  setting: HotkeyKey;
  label: string;
  value: Settings[HotkeyKey];
}) {
  const id = useId();
  const t = useT();
  const [hint, setHint] = useState<string | null>(null);
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save(setting));
  const available = useAppInfoStore(appInfoSelectors.hasGlobalShortcuts);
  const mac = useAppInfoStore(appInfoSelectors.isMac);
  const state = useSettingsStore((store) => selectors.hotkeyStatus(store)?.[setting]);
  const problem = state === undefined ? null : hotkeyProblemText(state);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Backspace' || event.key === 'Delete') {
      setHint(null);
      void update(setting, null);
      return;
    }
    const accelerator = acceleratorFor(event);
    if (accelerator) {
      setHint(null);
      void update(setting, accelerator);
    } else {
      setHint(t('settings.hotkeyNeedsModifier'));
    }
  }

  return (
    <div className="settings-field">
      <label htmlFor={id} className="settings-field__label">
        {label}
      </label>
      <input
        id={id}
        className="settings-hotkey"
        readOnly
        disabled={!available}
        value={value ? describeAccelerator(value, mac) : t('settings.hotkeyOff')}
        aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p className="settings-field__problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <p className="settings-field__hint" id={`${id}-hint`}>
        {hint ?? t(available ? 'settings.hotkeyHint' : 'settings.desktopOnly')}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
