import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t';
import { selectors, useHeadsetStore } from '../../stores/headset/headset.store';
import './headset-field.css';

/** Settings, Audio: the headsets whose buttons answer, hang up and mute, and the button that adds one. */
export function HeadsetField() {
  const t = useT();
  const id = useId();
  const supported = useHeadsetStore(selectors.supported);
  const names = useHeadsetStore(useShallow((state) => selectors.devices(state).map((device) => device.productName)));
  const problem = useHeadsetStore(selectors.problem);
  const connect = useHeadsetStore(selectors.connect);

  return (
    <fieldset className="settings-field settings-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="settings-field__label">{t('devices.headsetHeading')}</legend>
      <p className="settings-field__hint" id={`${id}-hint`}>
        {t(supported ? 'devices.headsetHint' : 'devices.headsetUnsupported')}
      </p>
      {supported && (
        <>
          {names.length > 0 ? (
            <ul className="headset-field__list" aria-label={t('devices.headsetConnectedList')}>
              {names.map((name, index) => (
                <li key={`${index}-${name}`}>{name}</li>
              ))}
            </ul>
          ) : (
            <p className="headset-field__none">{t('devices.headsetNone')}</p>
          )}
          <button type="button" className="secondary-button" onClick={() => void connect()}>
            {t('devices.headsetConnect')}
          </button>
        </>
      )}
      {problem && (
        <p className="audio-problem" role="status">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
