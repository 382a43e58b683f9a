import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { CountBadge } from '../../ui/count-badge';

/** The count of voicemails not played yet, on the Voicemail tab. */
export function VoicemailBadge() {
  const t = useT();
  const count = useVoicemailStore(selectors.unplayed);

  useEffect(() => {
    void useVoicemailStore.getState().loadUnplayedCount();
  }, []);

  return <CountBadge count={count} spoken={t('voicemail.newCount', { count })} />;
}
