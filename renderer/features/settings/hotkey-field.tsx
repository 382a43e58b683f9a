import { useId, useState, type KeyboardEvent } from 'react';
import type { Settings } from '../../../shared/models/settings';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { acceleratorFor, describeAccelerator } from './accelerator';
import { hotkeyProblemText } from './hotkey-status-text';

type HotkeyKey = 'hotkeyAnswer' | 'hotkeyHangUp' | 'hotkeyMute' | 'hotkeyDoNotDisturb';

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
      setHint('Hold Ctrl (or ⌘) or Alt, and Shift if you like, and press a letter, digit or F-key.');
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
        value={value ? describeAccelerator(value, mac) : 'Off'}
        aria-describedby={problem ? `${id}-problem ${id}-hint` : `${id}-hint`}
        onKeyDown={onKeyDown}
      />
      {problem && (
        <p className="settings-field__problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <p className="settings-field__hint" id={`${id}-hint`}>
        {hint ??
          (available ? 'Press the new combination here; Backspace turns it off.' : 'Available in the desktop app')}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}
