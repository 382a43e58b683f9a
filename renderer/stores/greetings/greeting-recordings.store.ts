import { create } from 'zustand';
import type { GreetingRecordingId, StoredGreetingRecording } from '../../../shared/models/greeting-recording';
import { invoke } from '../../ipc/bridge';
import { blobOfBase64 } from '../media-blob';
import { translate } from '../../i18n/translate';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

interface GreetingRecordingsActions {
  /** Hands a WAV (greeting-wav.ts) to main, which checks and keeps it; its id then goes into the call handling. */
  keep(base64: string): Promise<Outcome<StoredGreetingRecording>>;
  /** A kept recording's audio, for Listen. */
  audioOf(id: GreetingRecordingId): Promise<Outcome<Blob>>;
}

/** The greetings the person recorded: kept by main in the data folder, played here with Listen. */
export const useGreetingRecordingsStore = create<GreetingRecordingsActions>()(() => ({
  async keep(base64) {
    const result = await invoke('greetings:store-recording', { content: base64 });
    return result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message };
  },

  async audioOf(id) {
    const result = await invoke('greetings:get-recording', { id });
    if (!result.ok) return { ok: false, message: result.error.message };
    const blob = blobOfBase64(result.value.base64, result.value.contentType);
    return blob ? { ok: true, value: blob } : { ok: false, message: translate('common.greetingDamaged') };
  },
}));

export const selectors = {
  keep: (state: GreetingRecordingsActions) => state.keep,
  audioOf: (state: GreetingRecordingsActions) => state.audioOf,
};
