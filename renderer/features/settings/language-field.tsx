import { useId } from 'react';
import { appLanguages, type LanguageChoice } from '../../../shared/models/language';
import { languageAutonyms } from '../../i18n/language-names';
import { useT } from '../../i18n/use-t';
import { selectors, useSettingsStore } from '../../stores/settings/settings.store';
import { SaveStatus } from '../../ui/save-status';

export function LanguageField({ value }: { value: LanguageChoice }) {
  const id = useId();
  const t = useT();
  const update = useSettingsStore(selectors.update);
  const save = useSettingsStore(selectors.save('language'));

  return (
    <div className="settings-field">
      <label className="settings-field__label" htmlFor={id}>
        {t('settings.languageLabel')}
      </label>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t('settings.languageHint')}
      </p>
      <select
        id={id}
        className="settings-select"
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => void update('language', event.target.value as LanguageChoice)}
      >
        <option value="system">{t('settings.languageSystem')}</option>
        {appLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {languageAutonyms[language]}
          </option>
        ))}
      </select>
      <SaveStatus save={save} />
    </div>
  );
}
