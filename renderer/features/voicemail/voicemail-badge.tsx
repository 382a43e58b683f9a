import { useEffect } from 'react';
import { selectors, useVoicemailStore } from '../../stores/voicemail/voicemail.store';
import { CountBadge } from '../../ui/count-badge';

/** The count of voicemails not played yet, on the Voicemail tab. */
export function VoicemailBadge() {
  const count = useVoicemailStore(selectors.unplayed);

  useEffect(() => {
    void useVoicemailStore.getState().loadUnplayedCount();
  }, []);

  return <CountBadge count={count} spoken={`${count} new ${count === 1 ? 'voicemail' : 'voicemails'}`} />;
}
