import { useEffect } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { InboxStatus } from '../../../shared/models/inbox';
import { translatorOf } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { selectors, useInboxStatusStore } from '../../stores/inbox/inbox-status.store';
import { problemMessageText, whatToDoText } from '../wizard/what-to-do-text';
import './inbox-status-line.css';

/** The sentence under the Voicemail and Messages headings about syncing with Twilio. */
export function describeInboxStatus(status: InboxStatus, intl: IntlShape): string {
  const t = translatorOf(intl);
  if (!status.available) return t('inbox.noLine');
  if (status.syncing) return t('inbox.syncing');
  if (status.problem) {
    return t('inbox.problem', {
      message: problemMessageText(status.problem, t),
      whatToDo: whatToDoText(status.problem, t),
    });
  }
  if (status.lastSyncedAt === null) return t('inbox.notChecked');
  return t('inbox.upToDate', { time: intl.formatTime(status.lastSyncedAt, { hour: 'numeric', minute: '2-digit' }) });
}

export function InboxStatusLine() {
  const t = useT();
  const intl = useIntl();
  const status = useInboxStatusStore(selectors.status);
  const syncError = useInboxStatusStore(selectors.syncError);

  useEffect(() => {
    void useInboxStatusStore.getState().load();
  }, []);

  return (
    <div className="inbox-status-line" role="status" aria-live="polite">
      <p
        className={
          status.problem ? 'inbox-status-line__text inbox-status-line__text--problem' : 'inbox-status-line__text'
        }
      >
        {syncError
          ? t('inbox.withSyncError', { status: describeInboxStatus(status, intl), syncError })
          : describeInboxStatus(status, intl)}
      </p>
      {status.available && (
        <button
          type="button"
          className="button"
          disabled={status.syncing}
          onClick={() => void useInboxStatusStore.getState().syncNow()}
        >
          {t('inbox.checkNow')}
        </button>
      )}
    </div>
  );
}
