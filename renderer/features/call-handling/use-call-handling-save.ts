import { useState } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import type { FieldSave } from '../../stores/settings/settings.store';
import { useSetupStore } from '../../stores/setup/setup.store';

/** The cards of the screen: a save's status shows in the card where the change was made. */
export type CallHandlingPart =
  | 'forwarding'
  | 'do-not-disturb'
  | 'business-hours'
  | 'time-zone'
  | 'blocked'
  | 'unverified'
  | 'greetings'
  | 'phone-menu'
  | 'recording'
  | 'auto-reply';

export interface CallHandlingSave {
  status: FieldSave['status'];
  part: CallHandlingPart | null;
}

/**
 * Saves a change of the call handling in main, with its status and the card it came from; main then sends it to
 * Twilio, and the screen's "Live at Twilio" line follows that. The change shows at once while it is saved; if main
 * refuses it, what main has shows again. Every change is the whole call handling as shown, with one thing
 * changed: never built from scratch.
 */
export function useCallHandlingSave(saved: CallHandling | null) {
  const setCallHandling = useSetupStore((state) => state.setCallHandling);
  const [save, setSave] = useState<CallHandlingSave>({ status: 'idle', part: null });
  const [saving, setSaving] = useState<CallHandling | null>(null);

  const changeIn =
    (part: CallHandlingPart) =>
    async (next: CallHandling): Promise<boolean> => {
      setSave({ status: 'saving', part });
      setSaving(next);
      const done = await setCallHandling(next);
      setSaving(null);
      setSave({ status: done ? 'saved' : 'failed', part });
      return done;
    };

  return { shown: saving ?? saved, save, changeIn };
}
