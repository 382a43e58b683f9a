import { Fragment, useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { CallQualitySummary } from '../../stores/call-quality/call-quality-summary';
import { selectors, useCallQualityStore } from '../../stores/call-quality/call-quality.store';
import { useCallsStore } from '../../stores/calls/calls.store';
import { describeFigures, judgeCall } from './call-quality-verdict';
import './call-quality.css';

interface CallQualityPanelProps {
  summary: CallQualitySummary;
  onDismiss(): void;
}

/** After a call: a plain verdict, what to try, and the figures behind a disclosure. */
export function CallQualityPanel({ summary, onDismiss }: CallQualityPanelProps) {
  const t = useT();
  const headingId = useId();
  const { level, verdict, advice } = judgeCall(summary);
  return (
    <section className="call-quality" aria-labelledby={headingId}>
      <h3 id={headingId} className="call-quality__heading">
        {t('call.qualityHeading')}
      </h3>
      <p className={`call-quality__verdict call-quality__verdict--${level}`} role="status">
        <span className="call-quality__mark" aria-hidden="true" />
        {verdict}
      </p>
      {advice.length > 0 && (
        <ul className="call-quality__advice" aria-label={t('call.whatToTry')}>
          {advice.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      <details className="call-quality__details">
        <summary>{t('call.figures')}</summary>
        <dl className="call-quality__figures">
          {describeFigures(summary).map(([term, description]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{description}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <button type="button" className="secondary-button call-quality__dismiss" onClick={onDismiss}>
        {t('call.dismiss')}
      </button>
    </section>
  );
}

/** The quality report of a call that has just ended, while the person has not dismissed it. */
export function EndedCallQuality({ callId }: { callId: string }) {
  const summary = useCallQualityStore(selectors.reportFor(callId));
  if (!summary) return null;
  const dismiss = () => {
    useCallQualityStore.getState().dismiss(callId);
    useCallsStore.getState().dismissEndedNotice(callId);
  };
  return <CallQualityPanel summary={summary} onDismiss={dismiss} />;
}
