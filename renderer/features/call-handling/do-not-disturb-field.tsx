import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { useT } from '../../i18n/use-t';
import { CallDestinationField } from './call-destination-field';
import { ScheduleDraftEditor } from './schedule-draft-editor';
import { useScheduleDraft } from './use-schedule-draft';
import { proposedQuietHours } from './weekly-schedule';

interface DoNotDisturbFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
  /** The zone schedules are read in, in words. */
  timeZone: string;
}

/** Do not disturb now, where its calls go, and the weekly hours it turns itself on. */
export function DoNotDisturbField({ handling, busy, change, timeZone }: DoNotDisturbFieldProps) {
  const id = useId();
  const t = useT();
  const schedule = useScheduleDraft(handling.quietHours, proposedQuietHours, (quietHours) =>
    change({ ...handling, quietHours }),
  );

  return (
    <>
      <div className="settings-field">
        <div className="settings-checkbox">
          <input
            id={id}
            type="checkbox"
            checked={handling.doNotDisturb}
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onChange={(event) => void change({ ...handling, doNotDisturb: event.target.checked })}
          />
          <label htmlFor={id}>{t('callHandling.doNotDisturb')}</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          {t(
            handling.doNotDisturbSendsTo === 'forwarding'
              ? 'callHandling.dndHintForwarding'
              : 'callHandling.dndHintVoicemail',
          )}
        </p>
        <CallDestinationField
          legend={t('callHandling.sendCallsTo')}
          value={handling.doNotDisturbSendsTo}
          hasForwardingNumber={handling.forwarding.numbers.length > 0}
          busy={busy}
          onChange={(doNotDisturbSendsTo) => void change({ ...handling, doNotDisturbSendsTo })}
        />
      </div>
      <div className="settings-field">
        <div className="settings-checkbox">
          <input
            id={`${id}-auto`}
            type="checkbox"
            checked={schedule.inUse}
            disabled={busy}
            aria-describedby={`${id}-auto-hint`}
            onChange={(event) => (event.target.checked ? schedule.turnOn() : void schedule.turnOff())}
          />
          <label htmlFor={`${id}-auto`}>{t('callHandling.turnOnAutomatically')}</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-auto-hint`}>
          {t('callHandling.turnOnAutomaticallyHint')}
        </p>
        {schedule.inUse && (
          <ScheduleDraftEditor label={t('callHandling.quietHours')} draft={schedule} busy={busy} timeZone={timeZone} />
        )}
      </div>
    </>
  );
}
