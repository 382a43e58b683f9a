import { useT } from '../i18n/use-t';
import { Icon } from './icons';
import './verified-number-mark.css';

/**
 * A caller whose carrier vouched for their number (SHAKEN/STIR full attestation). Nothing marks the
 * others: most calls are not verified, and that says nothing against them. Named "Verified number"
 * for screen readers, with the explanation as its description and tooltip.
 */
export function VerifiedNumberMark() {
  const t = useT();
  return (
    <span className="verified-mark" role="img" aria-label={t('ui.verifiedNumber')} title={t('ui.verifiedExplanation')}>
      <Icon size={14} strokeWidth={2.2}>
        <path d="M12 3l7 3v5c0 4.4-2.9 8.2-7 10-4.1-1.8-7-5.6-7-10V6z" />
        <path d="M9 12l2 2 4-4" />
      </Icon>
      {t('ui.verifiedNumber')}
    </span>
  );
}
