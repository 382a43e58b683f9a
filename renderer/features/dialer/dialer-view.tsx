import { useId, useMemo, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { dialProblemText } from '../../i18n/dial-problem-text';
import { useT } from '../../i18n/use-t';
import { toDialTarget } from '../../../shared/phone/phone-number';
import { selectors as accountSelectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { selectors as callSelectors, useCallsStore } from '../../stores/calls/calls.store';
import { selectors, useDialerStore } from '../../stores/dialer/dialer.store';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { ViewHeading } from '../../ui/view-heading';
import { PhoneIcon, RedialIcon, TextBubbleIcon } from '../../ui/icons';
import { startConversation } from '../messages/start-conversation';
import { SoundTestCard } from '../sound-test/sound-test-card';
import { CallPriceLine } from './call-price-line';
import { DialerPeople } from './dialer-people';
import { Keypad } from './keypad';
import { NumberField } from './number-field';
import { useTypedDigits } from './use-typed-digits';
import './dialer-view.css';

function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
}

export function DialerView() {
  const t = useT();
  const intl = useIntl();
  const { locale } = intl;
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
    ? t('dialer.hintEmpty', { country: countryName(country, locale) })
    : check.ok
      ? t('dialer.hintReady', { number: check.display })
      : dialProblemText(check, intl);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void call();
  }

  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>{t('dialer.heading')}</ViewHeading>
      {/* The first thing to try after installing, before there is a phone line. */}
      {hasNoAccount && <SoundTestCard />}
      <div className="dialer-layout">
        <form className="dialer" onSubmit={onSubmit} aria-labelledby={headingId}>
          <NumberField hintId={hintId} invalid={!isEmpty && !check.ok} />
          <p id={hintId} className={`dialer__hint${!isEmpty && !check.ok ? ' dialer__hint--problem' : ''}`}>
            {hint}
          </p>
          <CallPriceLine number={check.ok && check.target.startsWith('+') ? check.target : null} />
          <Keypad label={t('dialer.keypadLabel')} onPress={press} litKey={litKey} />
          <div className="dialer__actions">
            <button type="submit" className="dialer__call" disabled={!check.ok || placing} aria-describedby={hintId}>
              <PhoneIcon />
              {placing ? t('dialer.calling') : t('dialer.call')}
            </button>
            <button
              type="button"
              className="dialer__redial"
              disabled={!lastDialed || placing}
              aria-label={lastDialed ? t('dialer.redialNumber', { number: lastDialed.display }) : t('dialer.redial')}
              title={lastDialed ? t('dialer.redialTitle', { number: lastDialed.display }) : t('dialer.nothingDialled')}
              onClick={() => void redial()}
            >
              <RedialIcon />
              {t('dialer.redial')}
            </button>
            <button
              type="button"
              className="dialer__redial"
              disabled={!check.ok || !check.target.startsWith('+')}
              title={check.ok ? t('dialer.textTitle', { number: check.display }) : t('dialer.textNothing')}
              onClick={() => check.ok && startConversation(check.target)}
            >
              <TextBubbleIcon />
              {t('dialer.text')}
            </button>
          </div>
          {error && (
            <p className="dialer__error" role="alert">
              {error.message}
            </p>
          )}
          {hasNoAccount && !error && <p className="dialer__note">{t('dialer.noLine')}</p>}
        </form>
        <DialerPeople />
      </div>
      {!hasNoAccount && <SoundTestCard />}
    </section>
  );
}
