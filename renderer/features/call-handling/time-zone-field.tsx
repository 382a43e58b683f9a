import { useId, useMemo } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { computerTimeZone } from '../../../shared/models/call-handling-names';
import { useT } from '../../i18n/use-t';
import { timeZoneChoices } from './time-zones';

interface TimeZoneFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The zone Twilio reads the schedules in: the computer's (null), or one the person chose. Saves on change. */
export function TimeZoneField({ handling, busy, change }: TimeZoneFieldProps) {
  const id = useId();
  const t = useT();
  const zones = useMemo(() => timeZoneChoices(handling.timeZone), [handling.timeZone]);

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('callHandling.timeZoneLabel')}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('callHandling.timeZoneHint')}
      </p>
      <select
        id={id}
        className="settings-select"
        value={handling.timeZone ?? ''}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void change({ ...handling, timeZone: event.target.value || null })}
      >
        <option value="">{t('callHandling.computerTimeZoneOption', { zone: computerTimeZone() })}</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
