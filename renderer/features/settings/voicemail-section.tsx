import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { Settings } from '../../../shared/models/settings';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';
import { VoicemailGreetingField } from './voicemail-greeting-field';
import './voicemail-section.css';

function DeleteFromTwilioField({ value }: { value: boolean }) {
  const id = useId();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('deleteVoicemailFromTwilio'));
  const t = useT();
  return (
    <div className="settings-field">
      <div className="settings-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={value}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void update('deleteVoicemailFromTwilio', event.target.checked)}
        />
        <label htmlFor={id}>{t('settings.deleteFromTwilioLabel')}</label>
      </div>
      <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
        {t('settings.deleteFromTwilioHint')}
      </p>
      <SaveStatus save={save} />
    </div>
  );
}

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
        <DeleteFromTwilioField value={settings.deleteVoicemailFromTwilio} />
      </div>
    </section>
  );
}
