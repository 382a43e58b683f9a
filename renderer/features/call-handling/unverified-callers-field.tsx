import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { UnverifiedCallerRule } from '../../../shared/models/call-handling-names';

const ruleLabels: Record<UnverifiedCallerRule, string> = {
  ring: 'Ring',
  voicemail: 'Go to voicemail',
};

interface UnverifiedCallersFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** Whether calls from numbers the caller's carrier did not verify (SHAKEN/STIR) ring. Saves on change. */
export function UnverifiedCallersField({ handling, busy, change }: UnverifiedCallersFieldProps) {
  const name = useId();
  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${name}-hint`}>
      <legend className="settings-field__label">Calls whose number was not verified by the caller’s carrier</legend>
      <p className="settings-field__hint" id={`${name}-hint`}>
        Carriers verify numbers (SHAKEN/STIR) only on calls within the US, and not on all of them: with Go to voicemail,
        most international calls go to voicemail.
      </p>
      <div className="settings-radios">
        {(Object.keys(ruleLabels) as UnverifiedCallerRule[]).map((rule) => (
          <label key={rule} className="settings-radio">
            <input
              type="radio"
              name={name}
              value={rule}
              checked={handling.unverifiedCallers === rule}
              disabled={busy}
              onChange={() => void change({ ...handling, unverifiedCallers: rule })}
            />
            {ruleLabels[rule]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
