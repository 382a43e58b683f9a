import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/use-t';
import { wordsText } from '../../i18n/words-text';
import { selectors, useOfficeTrunkStore } from '../../stores/office/office-trunk.store';
import { WizardProgress } from '../wizard/wizard-step';

/** Remove, asked twice: the trunk, its lists and the number's move are undone on Twilio. */
export function OfficeRemoval() {
  const [asking, setAsking] = useState(false);
  const t = useT();
  const pending = useOfficeTrunkStore(selectors.pending);
  const remove = useOfficeTrunkStore((state) => state.remove);
  const busy = pending !== null;

  if (!asking) {
    return (
      <button type="button" className="secondary-button" onClick={() => setAsking(true)}>
        {t('office.removeTrunk')}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('office.removeTrunk')} className="office-removal">
      <p className="wizard-note">{t('office.removeExplain')}</p>
      <WizardProgress busy={pending === 'remove'} text={t('office.removing')} />
      <div className="office-file__buttons">
        <button
          type="button"
          className="danger-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && void remove()}
        >
          {t('office.removeFromTwilio')}
        </button>
        <button
          type="button"
          className="secondary-button"
          aria-disabled={busy || undefined}
          onClick={() => !busy && setAsking(false)}
        >
          {t('office.keepIt')}
        </button>
      </div>
    </div>
  );
}

/** What the last removal did, in words. */
export function OfficeRemovalReport() {
  const t = useT();
  const intl = useIntl();
  const removal = useOfficeTrunkStore(selectors.removal);
  if (!removal || removal.problem) return null;
  return (
    <p role="status" className="wizard-note">
      {removal.removed.length > 0
        ? t('office.removedFromTwilio', { items: removal.removed.map((said) => wordsText(said, intl)).join('; ') })
        : t('office.nothingToRemove')}
    </p>
  );
}
