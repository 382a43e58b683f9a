import { useEffect } from 'react';
import type { CallQuality } from '../../../shared/models/call';
import { translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { rateQuality } from './quality-rating';
import './quality-badge.css';

const pollMs = 2000;

function figures(quality: CallQuality | null): string | undefined {
  if (!quality) return undefined;
  const parts = [
    quality.roundTripMs !== null && translate('call.figureRoundTrip', { ms: Math.round(quality.roundTripMs) }),
    quality.jitterMs !== null && translate('call.figureJitter', { ms: Math.round(quality.jitterMs) }),
    quality.lossPercent !== null && translate('call.figureLoss', { percent: quality.lossPercent }),
    quality.mos !== null && translate('call.figureScore', { score: quality.mos.toFixed(1) }),
  ];
  return parts.filter(Boolean).join(', ') || undefined;
}

/** Polls the call's quality every 2 s and says Good, Fair or Poor, with what is wrong and what helps. */
export function QualityBadge({ callId }: { callId: string }) {
  const t = useT();
  const quality = useCallsStore(selectors.quality(callId));

  useEffect(() => {
    const refresh = () => void useCallsStore.getState().refreshQuality(callId);
    refresh();
    const timer = setInterval(refresh, pollMs);
    return () => clearInterval(timer);
  }, [callId]);

  const { level, label, warnings } = rateQuality(quality);
  return (
    <div className="quality">
      {/* Only the level is live: the figures change every poll and would be read out each time. */}
      <p className={`quality__badge quality__badge--${level}`} role="status" title={figures(quality)}>
        <span className="quality__dot" aria-hidden="true" />
        {t('call.qualityBadge', { label })}
      </p>
      {warnings.length > 0 && (
        <ul className="quality__warnings">
          {warnings.map((warning) => (
            <li key={warning.slice(0, 24)}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
