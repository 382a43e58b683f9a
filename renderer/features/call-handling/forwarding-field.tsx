import { useId, useState } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { forwardingModes, type ForwardingMode } from '../../../shared/models/call-handling-names';
import { useT } from '../../i18n/use-t';
import { forwardingModeHint, forwardingModeLabels, withoutForwardingNumber } from './forwarding-number';
import { ForwardingNumbersField } from './forwarding-numbers-field';

export interface ForwardingFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
  country: string;
  ownNumber: string | null;
  /** A Twilio trial account calls verified numbers only. */
  isTrial: boolean;
}

/**
 * Forwarding to the person's other phones: when, and to which numbers. A mode saves when chosen; chosen before
 * any number exists, it waits for the first number and is saved with it (Twilio needs both).
 */
export function ForwardingField({ handling, busy, change, country, ownNumber, isTrial }: ForwardingFieldProps) {
  const id = useId();
  const t = useT();
  const [waitingMode, setWaitingMode] = useState<ForwardingMode | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);
  const { numbers } = handling.forwarding;
  const mode = waitingMode ?? handling.forwarding.mode;

  function choose(next: ForwardingMode) {
    setTurnedOff(false);
    if (numbers.length === 0) {
      setWaitingMode(next === 'off' ? null : next);
      return;
    }
    setWaitingMode(null);
    if (next !== handling.forwarding.mode)
      void change({ ...handling, forwarding: { ...handling.forwarding, mode: next } });
  }

  async function add(number: string): Promise<boolean> {
    setTurnedOff(false);
    const added = await change({ ...handling, forwarding: { mode, numbers: [...numbers, number] } });
    if (added) setWaitingMode(null);
    return added;
  }

  function remove(number: string) {
    const next = withoutForwardingNumber(handling, number);
    setTurnedOff(next.turnedOff);
    void change(next.handling);
  }

  return (
    <div className="settings-field forwarding">
      <label className="settings-field__label" htmlFor={id}>
        {t('callHandling.forwardCalls')}
      </label>
      <select
        id={id}
        className="settings-select"
        value={mode}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onChange={(event) => choose(event.target.value as ForwardingMode)}
      >
        {forwardingModes.map((option) => (
          <option key={option} value={option}>
            {t(forwardingModeLabels[option])}
          </option>
        ))}
      </select>
      <p className="settings-field__hint forwarding__mode-hint" id={`${id}-hint`}>
        {forwardingModeHint(mode, t)}
        {mode !== 'off' && t('callHandling.modeHintMessage')}
      </p>
      <ForwardingNumbersField
        numbers={numbers}
        busy={busy}
        country={country}
        ownNumber={ownNumber}
        missing={waitingMode ? t('callHandling.forwardingMissing') : null}
        add={add}
        remove={remove}
      />
      <p className="settings-field__hint forwarding__status" role="status">
        {turnedOff && t('callHandling.forwardingTurnedOff')}
      </p>
      <ForwardingNotes isTrial={isTrial} />
    </div>
  );
}

/** What forwarding costs and shows, and the trial account's limit. */
function ForwardingNotes({ isTrial }: { isTrial: boolean }) {
  const t = useT();
  return (
    <div className="forwarding__notes">
      <p className="settings-field__hint">{t('callHandling.forwardingCost')}</p>
      {isTrial && <p className="settings-field__hint forwarding__trial">{t('callHandling.forwardingTrial')}</p>}
    </div>
  );
}
