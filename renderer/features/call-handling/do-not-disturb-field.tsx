import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
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
  const schedule = useScheduleDraft(handling.quietHours, proposedQuietHours, (quietHours) =>
    change({ ...handling, quietHours }),
  );
  const where = handling.doNotDisturbSendsTo === 'forwarding' ? 'to your forwarding numbers' : 'straight to voicemail';

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
          <label htmlFor={id}>Do not disturb</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          Calls go {where} without ringing, even while Dialtone is closed.
        </p>
        <CallDestinationField
          legend="Send calls to"
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
          <label htmlFor={`${id}-auto`}>Turn on automatically</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-auto-hint`}>
          Do not disturb turns itself on during these hours each week, for example on weeknights.
        </p>
        {schedule.inUse && <ScheduleDraftEditor label="Quiet hours" draft={schedule} busy={busy} timeZone={timeZone} />}
      </div>
    </>
  );
}
