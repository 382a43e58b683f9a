import { useId, useMemo } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { computerTimeZone } from '../../../shared/models/call-handling-names';
import { timeZoneChoices } from './time-zones';

interface TimeZoneFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The zone Twilio reads the schedules in: the computer's (null), or one the person chose. Saves on change. */
export function TimeZoneField({ handling, busy, change }: TimeZoneFieldProps) {
  const id = useId();
  const zones = useMemo(() => timeZoneChoices(handling.timeZone), [handling.timeZone]);

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        Time zone for schedules
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        Twilio reads do not disturb and business hours in this time zone. With your computer’s, it uses the zone your
        computer was in when call handling was last saved.
      </p>
      <select
        id={id}
        className="settings-select"
        value={handling.timeZone ?? ''}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void change({ ...handling, timeZone: event.target.value || null })}
      >
        <option value="">Computer’s time zone ({computerTimeZone()})</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
