import { useId, useMemo, type FormEvent } from 'react';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { selectors as accountSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { selectors as callSelectors, useCallsStore } from '../../stores/calls/calls.store';
import { selectors, useDialerStore } from '../../stores/dialer/dialer.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { ViewHeading } from '../../ui/view-heading';
import { PhoneIcon, RedialIcon, TextBubbleIcon } from '../../ui/icons';
import { startConversation } from '../messages/start-conversation';
import { SoundTestCard } from '../sound-test/sound-test-card';
import { Keypad } from './keypad';
import { NumberField } from './number-field';
import { useTypedDigits } from './use-typed-digits';
import './dialer-view.css';

function countryName(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}

export function DialerView() {
  const headingId = useId();
  const hintId = useId();
  const hasNoAccount = useAccountsStore(accountSelectors.hasNoAccount);
  const country = useSettingsStore(countryOf);
  const input = useDialerStore(selectors.input);
  const lastDialed = useDialerStore(selectors.lastDialed);
  const placing = useDialerStore(selectors.placing);
  const { press, call, redial } = useDialerStore.getState();
  const error = useCallsStore(callSelectors.errorFor('dial'));
  const litKey = useTypedDigits();

  const lineDomain = useAccountsStore(accountSelectors.lineDomain);
  const check = useMemo(() => toDialTarget(input, country, lineDomain), [input, country, lineDomain]);
  const isEmpty = input.trim() === '';
  const hint = isEmpty
    ? `Type or paste a number in any format, or a SIP address. Numbers without + are dialled as in ${countryName(country)}.`
    : check.ok
      ? `Press Enter to call ${check.display}.`
      : check.message;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void call();
  }

  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>Dialer</ViewHeading>
      {/* The first thing to try after installing, before there is a phone line. */}
      {hasNoAccount && <SoundTestCard />}
      <form className="dialer" onSubmit={onSubmit} aria-labelledby={headingId}>
        <NumberField hintId={hintId} invalid={!isEmpty && !check.ok} />
        <p id={hintId} className={`dialer__hint${!isEmpty && !check.ok ? ' dialer__hint--problem' : ''}`}>
          {hint}
        </p>
        <Keypad label="Keypad" onPress={press} litKey={litKey} />
        <div className="dialer__actions">
          <button type="submit" className="dialer__call" disabled={!check.ok || placing} aria-describedby={hintId}>
            <PhoneIcon />
            {placing ? 'Calling…' : 'Call'}
          </button>
          <button
            type="button"
            className="dialer__redial"
            disabled={!lastDialed || placing}
            aria-label={lastDialed ? `Redial ${lastDialed.display}` : 'Redial'}
            title={lastDialed ? `Call ${lastDialed.display} again` : 'No number dialled yet'}
            onClick={() => void redial()}
          >
            <RedialIcon />
            Redial
          </button>
          <button
            type="button"
            className="dialer__redial"
            disabled={!check.ok || !check.target.startsWith('+')}
            title={check.ok ? `Send a text message to ${check.display}` : 'Type a phone number to text it'}
            onClick={() => check.ok && startConversation(check.target)}
          >
            <TextBubbleIcon />
            Text
          </button>
        </div>
        {error && (
          <p className="dialer__error" role="alert">
            {error.message}
          </p>
        )}
        {hasNoAccount && !error && (
          <p className="dialer__note">
            You don't have a phone line yet. Set one up in Settings; calls then go out on it from here.
          </p>
        )}
      </form>
      {!hasNoAccount && <SoundTestCard />}
    </section>
  );
}
