import { useEffect } from 'react';
import type { InboxStatus } from '../../../shared/models/inbox';
import { selectors, useInboxStatusStore } from '../../stores/inbox/inbox-status.store';
import './inbox-status-line.css';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** The sentence under the Voicemail and Messages headings about syncing with Twilio. */
function describeInboxStatus(status: InboxStatus): string {
  if (!status.available) {
    return 'Voicemail and text messages come with a Twilio phone line. Set one up from Settings, Phone line.';
  }
  if (status.syncing) return 'Checking Twilio for new voicemail and messages…';
  if (status.problem) return `Could not check Twilio: ${status.problem.message} ${status.problem.whatToDo}`;
  if (status.lastSyncedAt === null) return 'Not checked with Twilio yet.';
  return `Up to date with Twilio as of ${timeFormat.format(status.lastSyncedAt)}.`;
}

export function InboxStatusLine() {
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
        {describeInboxStatus(status)}
        {syncError && ` ${syncError}`}
      </p>
      {status.available && (
        <button
          type="button"
          className="button"
          disabled={status.syncing}
          onClick={() => void useInboxStatusStore.getState().syncNow()}
        >
          Check now
        </button>
      )}
    </div>
  );
}
