import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useShallow } from 'zustand/react/shallow';
import { selectors as qualitySelectors, useCallQualityStore } from '../../stores/call-quality/call-quality.store';
import { selectors, useCallsStore } from '../../stores/calls/calls.store';
import { CallCard } from './call-card';
import { CallList } from './call-list';
import { ConferenceCard } from './conference-card';
import { MergeCallsButton } from './merge-calls-button';
import './call-panel.css';

/** How long "Call ended: …" stays on screen, unless a call quality report keeps it until dismissed. */
export const endedNoticeMs = 4000;

/**
 * The in-call screen beside the current view: the call being talked on (or the one that just
 * ended, for a few seconds) and, with call waiting, every call in progress.
 */
export function CallPanel() {
  const t = useT();
  const current = useCallsStore(selectors.current);
  const calls = useCallsStore(useShallow(selectors.inProgress));
  const notice = useCallsStore(selectors.endedNotice);
  const reported = useCallQualityStore(qualitySelectors.hasReport(notice?.id ?? ''));

  useEffect(() => {
    if (!notice || reported) return;
    const timer = setTimeout(() => useCallsStore.getState().dismissEndedNotice(notice.id), endedNoticeMs);
    return () => clearTimeout(timer);
  }, [notice, reported]);

  const shown = current ?? notice;
  if (!shown) return null;
  const partner = calls.find((call) => call.id === current?.conferenceWith);
  const listed = partner ? calls.filter((call) => call.id !== current?.id && call.id !== partner.id) : calls;
  return (
    <aside className="call-panel" aria-label={t('call.panelLabel')}>
      {current && partner ? (
        <ConferenceCard call={current} partner={partner} />
      ) : (
        <CallCard key={shown.id} call={shown} />
      )}
      <MergeCallsButton />
      {current && listed.length > (partner ? 0 : 1) && <CallList calls={listed} currentId={current.id} />}
    </aside>
  );
}
