import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { useT } from '../../i18n/use-t';
import { CallDestinationField } from './call-destination-field';
import { ScheduleDraftEditor } from './schedule-draft-editor';
import { useScheduleDraft } from './use-schedule-draft';
import { proposedBusinessHours } from './weekly-schedule';

interface BusinessHoursFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
  /** The zone schedules are read in, in words. */
  timeZone: string;
}

/** When calls ring: at any time (no business hours), or during weekly hours, and where the others go. */
export function BusinessHoursField({ handling, busy, change, timeZone }: BusinessHoursFieldProps) {
  const name = useId();
  const t = useT();
  const schedule = useScheduleDraft(handling.businessHours, proposedBusinessHours, (businessHours) =>
    change({ ...handling, businessHours }),
  );
  const choices = [
    {
      value: 'always',
      label: t('callHandling.atAnyTime'),
      checked: !schedule.inUse,
      choose: () => void schedule.turnOff(),
    },
    { value: 'hours', label: t('callHandling.onlyBusinessHours'), checked: schedule.inUse, choose: schedule.turnOn },
  ];

  return (
    <div className="settings-field">
      <fieldset className="call-destination">
        <legend className="call-destination__legend">{t('callHandling.callsRing')}</legend>
        <div className="settings-radios">
          {choices.map(({ value, label, checked, choose }) => (
            <label key={value} className="settings-radio">
              <input type="radio" name={name} value={value} checked={checked} disabled={busy} onChange={choose} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {schedule.inUse && (
        <>
          <ScheduleDraftEditor
            label={t('callHandling.businessHours')}
            draft={schedule}
            busy={busy}
            timeZone={timeZone}
          />
          <CallDestinationField
            legend={t('callHandling.outsideHoursSendTo')}
            value={handling.afterHoursSendsTo}
            hasForwardingNumber={handling.forwarding.numbers.length > 0}
            busy={busy}
            onChange={(afterHoursSendsTo) => void change({ ...handling, afterHoursSendsTo })}
          />
        </>
      )}
    </div>
  );
}
