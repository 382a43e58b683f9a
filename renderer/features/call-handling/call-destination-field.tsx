import { useId } from 'react';
import type { CallDestination } from '../../../shared/models/call-handling-names';
import { useT } from '../../i18n/use-t';

interface CallDestinationFieldProps {
  /** "Send calls to", "Outside these hours, send calls to". */
  legend: string;
  value: CallDestination;
  /** Forwarding needs a number to forward to: until one is saved, it is offered but unavailable. */
  hasForwardingNumber: boolean;
  busy: boolean;
  onChange(destination: CallDestination): void;
}

/** Where calls go instead of ringing Dialtone: voicemail, or the forwarding numbers. Saves on change. */
export function CallDestinationField({
  legend,
  value,
  hasForwardingNumber,
  busy,
  onChange,
}: CallDestinationFieldProps) {
  const name = useId();
  const t = useT();
  const reasonId = `${name}-reason`;
  const options: { destination: CallDestination; label: string; unavailable: boolean }[] = [
    { destination: 'voicemail', label: t('callHandling.destinationVoicemail'), unavailable: false },
    { destination: 'forwarding', label: t('callHandling.destinationForwarding'), unavailable: !hasForwardingNumber },
  ];

  return (
    <fieldset className="call-destination">
      <legend className="call-destination__legend">{legend}</legend>
      <div className="settings-radios">
        {options.map(({ destination, label, unavailable }) => (
          <label key={destination} className="settings-radio">
            <input
              type="radio"
              name={name}
              value={destination}
              checked={value === destination}
              disabled={busy || unavailable}
              aria-describedby={unavailable ? reasonId : undefined}
              onChange={() => onChange(destination)}
            />
            {label}
          </label>
        ))}
      </div>
      {!hasForwardingNumber && (
        <p className="settings-field__hint call-destination__reason" id={reasonId}>
          {t('callHandling.destinationNeedsNumber')}
        </p>
      )}
    </fieldset>
  );
}
