import { useT } from '../../i18n/use-t';
import { selectors, useRegistrationStore } from '../../stores/registration/registration.store';
import { describeRegistration, describeUnknownRegistration } from './describe-registration';
import './registration-pill.css';

export function RegistrationPill() {
  const t = useT();
  const registration = useRegistrationStore(selectors.registration);
  const loadError = useRegistrationStore(selectors.loadError);
  const { text, tone } = registration
    ? describeRegistration(registration, t)
    : describeUnknownRegistration(loadError, t);

  return (
    <div
      className={`registration-pill registration-pill--${tone}`}
      role="status"
      aria-live="polite"
      data-testid="registration-status"
    >
      <span className="registration-pill__dot" aria-hidden="true" />
      {text}
    </div>
  );
}
