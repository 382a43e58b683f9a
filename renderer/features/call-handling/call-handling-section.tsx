import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { countryOf, useSettingsStore } from '../../stores/settings/settings.store';
import { selectors, useSetupStore } from '../../stores/setup/setup.store';
import { AutoReplyField } from './auto-reply-field';
import { BlockedCallersField } from './blocked-callers-field';
import { BusinessHoursField } from './business-hours-field';
import { CallHandlingCard } from './call-handling-card';
import { DoNotDisturbField } from './do-not-disturb-field';
import { ForwardingField } from './forwarding-field';
import { GreetingsField } from './greetings-field';
import { LiveAtTwilioStatus } from './live-at-twilio-status';
import { PhoneMenuField } from './phone-menu-field';
import { RecordingField } from './recording-field';
import { describeTimeZone } from './time-zones';
import { TimeZoneField } from './time-zone-field';
import { UnverifiedCallersField } from './unverified-callers-field';
import { useCallHandlingSave } from './use-call-handling-save';
import './call-handling-section.css';

/**
 * Settings, Call handling: forwarding, do not disturb, business hours, blocked and unverified callers, greetings,
 * the phone menu, recording and the auto-reply. Twilio decides them (the inbound Function reads them on every
 * call), so they hold while the computer is off. Choices save as they are made; numbers, schedules and words save
 * with their buttons.
 */
export function CallHandlingSection() {
  const headingId = useId();
  const t = useT();
  const hasLine = useSetupStore(selectors.hasTwilioLine);
  const busy = useSetupStore(selectors.busy);
  const isTrial = useSetupStore((state) => selectors.setup(state)?.account?.isTrial === true);
  const ownNumber = useSetupStore((state) => selectors.setup(state)?.number?.phoneNumber ?? null);
  const country = useSettingsStore(countryOf);
  const voicemailGreeting = useSetupStore(selectors.voicemailGreeting) ?? '';
  const { shown: handling, save, changeIn } = useCallHandlingSave(useSetupStore(selectors.callHandling));

  return (
    <section className="call-handling-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('callHandling.sectionHeading')}
      </h2>
      {!hasLine || !handling ? (
        <div className="settings-card">
          <p className="settings-field__hint call-handling-section__waiting">{t('callHandling.noLine')}</p>
        </div>
      ) : (
        <>
          <p className="call-handling-section__intro">{t('callHandling.intro')}</p>
          <LiveAtTwilioStatus />
          <CallHandlingCard part="forwarding" title={t('callHandling.cardForwarding')} save={save}>
            <ForwardingField
              handling={handling}
              busy={busy}
              change={changeIn('forwarding')}
              country={country}
              ownNumber={ownNumber}
              isTrial={isTrial}
            />
          </CallHandlingCard>
          <CallHandlingCard part="do-not-disturb" title={t('callHandling.cardDoNotDisturb')} save={save}>
            <DoNotDisturbField
              handling={handling}
              busy={busy}
              change={changeIn('do-not-disturb')}
              timeZone={describeTimeZone(handling.timeZone, t)}
            />
          </CallHandlingCard>
          <CallHandlingCard part="business-hours" title={t('callHandling.cardBusinessHours')} save={save}>
            <BusinessHoursField
              handling={handling}
              busy={busy}
              change={changeIn('business-hours')}
              timeZone={describeTimeZone(handling.timeZone, t)}
            />
          </CallHandlingCard>
          {(handling.quietHours.length > 0 || handling.businessHours.length > 0) && (
            <CallHandlingCard part="time-zone" title={t('callHandling.cardTimeZone')} save={save}>
              <TimeZoneField handling={handling} busy={busy} change={changeIn('time-zone')} />
            </CallHandlingCard>
          )}
          <CallHandlingCard part="blocked" title={t('callHandling.cardBlocked')} save={save}>
            <BlockedCallersField handling={handling} busy={busy} change={changeIn('blocked')} />
          </CallHandlingCard>
          <CallHandlingCard part="unverified" title={t('callHandling.cardUnverified')} save={save}>
            <UnverifiedCallersField handling={handling} busy={busy} change={changeIn('unverified')} />
          </CallHandlingCard>
          <CallHandlingCard part="greetings" title={t('callHandling.cardGreetings')} save={save}>
            <GreetingsField
              handling={handling}
              busy={busy}
              change={changeIn('greetings')}
              voicemailGreeting={voicemailGreeting}
            />
          </CallHandlingCard>
          <CallHandlingCard part="phone-menu" title={t('callHandling.cardPhoneMenu')} save={save}>
            <PhoneMenuField handling={handling} busy={busy} change={changeIn('phone-menu')} />
          </CallHandlingCard>
          <CallHandlingCard part="recording" title={t('callHandling.cardRecording')} save={save}>
            <RecordingField handling={handling} busy={busy} change={changeIn('recording')} />
          </CallHandlingCard>
          <CallHandlingCard part="auto-reply" title={t('callHandling.cardAutoReply')} save={save}>
            <AutoReplyField handling={handling} busy={busy} change={changeIn('auto-reply')} />
          </CallHandlingCard>
        </>
      )}
    </section>
  );
}
