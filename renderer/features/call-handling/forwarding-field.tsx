import { useId, useState } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { forwardingModes, type ForwardingMode } from '../../../shared/models/call-handling-names';
import { forwardingModeHints, forwardingModeLabels, withoutForwardingNumber } from './forwarding-number';
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
        Forward calls
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
            {forwardingModeLabels[option]}
          </option>
        ))}
      </select>
      <p className="settings-field__hint forwarding__mode-hint" id={`${id}-hint`}>
        {forwardingModeHints[mode]}
        {mode !== 'off' && ' If no phone answers, the caller can leave a message.'}
      </p>
      <ForwardingNumbersField
        numbers={numbers}
        busy={busy}
        country={country}
        ownNumber={ownNumber}
        missing={waitingMode ? 'Add the number to forward calls to: forwarding starts once it is added.' : null}
        add={add}
        remove={remove}
      />
      <p className="settings-field__hint forwarding__status" role="status">
        {turnedOff &&
          'No forwarding number is left, so forwarding is off, and calls that went to forwarding go to voicemail.'}
      </p>
      <ForwardingNotes isTrial={isTrial} />
    </div>
  );
}

/** What forwarding costs and shows, and the trial account's limit. */
function ForwardingNotes({ isTrial }: { isTrial: boolean }) {
  return (
    <div className="forwarding__notes">
      <p className="settings-field__hint">
        Forwarded calls show the caller’s number. Each forwarded call is a second call on your Twilio account, billed
        per minute.
      </p>
      {isTrial && (
        <p className="settings-field__hint forwarding__trial">
          Your Twilio account is a trial: it can only call numbers you have verified. Verify each number in the Twilio
          Console, under Phone Numbers &gt; Verified Caller IDs.
        </p>
      )}
    </div>
  );
}
