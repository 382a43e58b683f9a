import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { UnverifiedCallerRule } from '../../../shared/models/call-handling-names';
import type { MessageId } from '../../i18n/locale-messages';
import { useT } from '../../i18n/use-t';

const ruleLabels: Record<UnverifiedCallerRule, MessageId> = {
  ring: 'callHandling.ruleRing',
  voicemail: 'callHandling.ruleVoicemail',
};

interface UnverifiedCallersFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** Whether calls from numbers the caller's carrier did not verify (SHAKEN/STIR) ring. Saves on change. */
export function UnverifiedCallersField({ handling, busy, change }: UnverifiedCallersFieldProps) {
  const name = useId();
  const t = useT();
  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${name}-hint`}>
      <legend className="settings-field__label">{t('callHandling.unverifiedLegend')}</legend>
      <p className="settings-field__hint" id={`${name}-hint`}>
        {t('callHandling.unverifiedHint')}
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
            {t(ruleLabels[rule])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
