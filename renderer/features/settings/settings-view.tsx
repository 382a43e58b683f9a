import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors as appInfoSelectors, useAppInfoStore } from '../../stores/app-info/app-info.store';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { ViewHeading } from '../../ui/view-heading';
import { PhoneLineSection } from '../accounts/phone-line-section';
import { PhoneLineSetupSection } from '../wizard/phone-line-setup-section';
import { CallHandlingSection } from '../call-handling/call-handling-section';
import { TeamSection } from '../team/team-section';
import { OfficeSection } from '../office/office-section';
import { AudioSection } from './audio-section';
import { BalanceSection } from './balance-section';
import { CountryField } from './country-field';
import { HotkeysSection } from './hotkeys-section';
import { LanguageField } from './language-field';
import { StartAtLoginField } from './start-at-login-field';
import { ThemeField } from './theme-field';
import { UpdateLine } from './update-line';
import { VoicemailSection } from './voicemail-section';
import './settings-view.css';

export function SettingsView() {
  const headingId = useId();
  const t = useT();
  const settings = useSettingsStore(selectors.settings);
  const info = useAppInfoStore(appInfoSelectors.info);

  return (
    <section className="settings-view" aria-labelledby={headingId}>
      <ViewHeading id={headingId}>{t('settings.viewTitle')}</ViewHeading>
      {settings ? (
        <>
          <div className="settings-card">
            <CountryField value={settings.defaultCountry} />
            <ThemeField value={settings.theme} />
            <LanguageField value={settings.language} />
            <StartAtLoginField value={settings.startAtLogin} />
          </div>
          <PhoneLineSection />
          <PhoneLineSetupSection />
          <CallHandlingSection />
          <VoicemailSection settings={settings} />
          <BalanceSection lowBalanceWarning={settings.lowBalanceWarning} />
          <TeamSection />
          <OfficeSection />
          <AudioSection settings={settings} />
          <HotkeysSection settings={settings} />
        </>
      ) : (
        <p className="settings-view__unavailable">{t('settings.unavailable')}</p>
      )}
      {info && (
        <p className="settings-view__about">
          {t(info.shell === 'browser' ? 'settings.aboutBrowser' : 'settings.about', { version: info.version })}
        </p>
      )}
      <UpdateLine />
    </section>
  );
}
