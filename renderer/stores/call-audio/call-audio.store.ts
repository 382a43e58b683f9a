import { create } from 'zustand';
import type { CallSnapshot } from '../../../shared/models/call';
import { startCallAudio, type AudioProcessing, type CallAudio, type CallAudioOptions } from '../../audio/call-audio';
import { invoke } from '../../ipc/bridge';
import type { LocalAudioHealth } from '../call-quality/call-quality-summary';
import { useSettingsStore } from '../settings/settings.store';
import { translate } from '../../i18n/translate';

export type CallAudioStatus = 'starting' | 'running' | 'failed';

export interface CallAudioState {
  /** Per call whose audio is starting, running or failed to start, with its audio path's latest counters. */
  calls: Record<string, { status: CallAudioStatus; error: string | null; health?: LocalAudioHealth }>;
  /** RMS 0..1 of the microphone and the far end of the newest running call, refreshed ~10 times a second. */
  levels: { input: number; output: number };
}

export interface CallAudioActions {
  /** Fed every call snapshot: starts audio when a call needs it, closes it when the call ends. */
  follow(call: CallSnapshot): void;
  /** Switches the microphone of every running call (undefined: the system default). */
  useMicrophone(deviceId?: string): Promise<void>;
  useSpeaker(deviceId?: string): Promise<void>;
}

/** Which device a new call uses; the devices store plugs in its choice (undefined: the system default). */
export type DeviceResolver = (kind: 'microphone' | 'speaker') => string | undefined | Promise<string | undefined>;
export type ProcessingResolver = () => AudioProcessing;

const silent = { input: 0, output: 0 };
const levelIntervalMs = 100;
/** The local audio path's counters are cumulative: a slow read keeps getStats cheap during a call. */
export const healthIntervalMs = 2_000;

let resolveDevice: DeviceResolver = () => undefined;
/** From the settings by default; every flag on until they have loaded. */
let resolveProcessing: ProcessingResolver = () => {
  const settings = useSettingsStore.getState().settings;
  return {
    echoCancellation: settings?.echoCancellation ?? true,
    noiseSuppression: settings?.noiseSuppression ?? true,
    autoGainControl: settings?.autoGainControl ?? true,
  };
};
/** Seam for tests. */
let start: (options: CallAudioOptions) => Promise<CallAudio> = startCallAudio;

export function setDeviceResolver(resolver: DeviceResolver): void {
  resolveDevice = resolver;
}

export function setProcessingResolver(resolver: ProcessingResolver): void {
  resolveProcessing = resolver;
}

export function setCallAudioStarter(starter: (options: CallAudioOptions) => Promise<CallAudio>): void {
  start = starter;
}

/** Outgoing calls get audio from the first moment (ringback, early media); incoming ones once answered. */
const needsAudio = (call: CallSnapshot) =>
  call.state === 'connected' ||
  (call.direction === 'outgoing' && (call.state === 'dialing' || call.state === 'ringing'));

function describeFailure(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError') return translate('common.microphoneNotAllowed');
  if (name === 'NotFoundError') return translate('common.microphoneNotFound');
  const detail = error instanceof Error ? error.message : String(error);
  return translate('common.callAudioFailed', { detail });
}

export const useCallAudioStore = create<CallAudioState & CallAudioActions>()((set, get) => {
  /** Live audio objects: not state, nothing renders them. */
  const running = new Map<string, CallAudio>();
  const wanted = new Set<string>();
  let meterTimer: ReturnType<typeof setInterval> | undefined;
  let healthTimer: ReturnType<typeof setInterval> | undefined;

  function setStatus(callId: string, status: CallAudioStatus | null, error: string | null = null): void {
    const calls = { ...get().calls };
    if (status) calls[callId] = { status, error };
    else delete calls[callId];
    set({ calls });
  }

  function readHealth(): void {
    for (const [callId, audio] of running) {
      void audio.stats().then((stats) => {
        const entry = get().calls[callId];
        if (!stats || running.get(callId) !== audio || !entry) return;
        const { concealedSamples, totalSamplesReceived, glitches } = stats;
        set({
          calls: {
            ...get().calls,
            [callId]: { ...entry, health: { concealedSamples, totalSamplesReceived, glitches } },
          },
        });
      });
    }
  }

  function meter(): void {
    if (running.size > 0 && !meterTimer) {
      meterTimer = setInterval(
        () => set({ levels: [...running.values()].at(-1)?.levels() ?? silent }),
        levelIntervalMs,
      );
      healthTimer = setInterval(readHealth, healthIntervalMs);
    } else if (running.size === 0 && meterTimer) {
      clearInterval(meterTimer);
      clearInterval(healthTimer);
      meterTimer = undefined;
      healthTimer = undefined;
      set({ levels: silent });
    }
  }

  async function begin(callId: string): Promise<void> {
    wanted.add(callId);
    setStatus(callId, 'starting');
    try {
      const [microphoneId, speakerId] = await Promise.all([resolveDevice('microphone'), resolveDevice('speaker')]);
      const audio = await start({
        callId,
        microphoneId,
        speakerId,
        processing: resolveProcessing(),
        async connect(offerSdp) {
          const result = await invoke('audio:connect', { callId, offerSdp });
          if (!result.ok) throw new Error(result.error.message);
          return result.value.answerSdp;
        },
      });
      if (!wanted.has(callId)) return audio.close();
      running.set(callId, audio);
      setStatus(callId, 'running');
      meter();
    } catch (error) {
      if (wanted.has(callId)) setStatus(callId, 'failed', describeFailure(error));
    }
  }

  /** Main closes its side by itself when the call ends. */
  function end(callId: string): void {
    wanted.delete(callId);
    const audio = running.get(callId);
    running.delete(callId);
    audio?.close();
    setStatus(callId, null);
    meter();
  }

  return {
    calls: {},
    levels: silent,

    follow(call) {
      if (call.state === 'ended') {
        if (wanted.has(call.id) || get().calls[call.id]) end(call.id);
        return;
      }
      if (needsAudio(call) && !wanted.has(call.id)) void begin(call.id);
    },

    async useMicrophone(deviceId) {
      await Promise.all([...running.values()].map((audio) => audio.useMicrophone(deviceId)));
    },

    async useSpeaker(deviceId) {
      await Promise.all([...running.values()].map((audio) => audio.useSpeaker(deviceId)));
    },
  };
});

type Store = CallAudioState & CallAudioActions;

export const selectors = {
  levels: (state: Store) => state.levels,
  inputLevel: (state: Store) => state.levels.input,
  outputLevel: (state: Store) => state.levels.output,
  /** Why a call's audio could not start, worded for the person; null while it works. */
  problem: (callId: string) => (state: Store) => state.calls[callId]?.error ?? null,
  status: (callId: string) => (state: Store) => state.calls[callId]?.status ?? null,
  useMicrophone: (state: Store) => state.useMicrophone,
  useSpeaker: (state: Store) => state.useSpeaker,
};
