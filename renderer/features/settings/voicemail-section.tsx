import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { Settings } from '../../../shared/models/settings';
import { SettingsCheckboxField } from './settings-checkbox-field';
import { VoicemailGreetingField } from './voicemail-greeting-field';
import './voicemail-section.css';

/** Settings, Voicemail: what callers hear, and where their messages are kept. */
export function VoicemailSection({ settings }: { settings: Settings }) {
  const headingId = useId();
  const t = useT();
  return (
    <section className="voicemail-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="settings-section-heading">
        {t('settings.voicemailHeading')}
      </h2>
      <div className="settings-card">
        <VoicemailGreetingField />
        <SettingsCheckboxField
          setting="deleteVoicemailFromTwilio"
          value={settings.deleteVoicemailFromTwilio}
          label={t('settings.deleteFromTwilioLabel')}
          hint={t('settings.deleteFromTwilioHint')}
        />
      </div>
    </section>
  );
}
