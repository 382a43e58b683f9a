import { create } from 'zustand';
import type { CallQuality, CallSnapshot } from '../../../shared/models/call';
import {
  addDeviceEvent,
  addLocalSample,
  addRemoteSample,
  emptyTally,
  summarise,
  type CallQualitySummary,
  type CallQualityTally,
  type DeviceEvent,
  type LocalAudioHealth,
} from './call-quality-summary';

/** How a call that was talked on went, kept until the person dismisses it or another call ends. */
export interface CallQualityReport {
  callId: string;
  summary: CallQualitySummary;
}

export interface CallQualityState {
  report: CallQualityReport | null;
}

export interface CallQualityActions {
  recordRemote(callId: string, quality: CallQuality): void;
  recordLocal(callId: string, local: LocalAudioHealth): void;
  recordDeviceEvent(callIds: readonly string[], event: DeviceEvent): void;
  /** The call ended: a report when it was answered (never for the sound test), else its figures are dropped. */
  finish(call: CallSnapshot): void;
  dismiss(callId: string): void;
}

type Store = CallQualityState & CallQualityActions;

export const useCallQualityStore = create<Store>()((set, get) => {
  /** Gathered per call while it is up: not state, nothing renders it until the call ends. */
  const tallies = new Map<string, CallQualityTally>();
  const update = (callId: string, change: (tally: CallQualityTally) => CallQualityTally) =>
    tallies.set(callId, change(tallies.get(callId) ?? emptyTally()));

  return {
    report: null,

    recordRemote: (callId, quality) => update(callId, (tally) => addRemoteSample(tally, quality)),
    recordLocal: (callId, local) => update(callId, (tally) => addLocalSample(tally, local)),
    recordDeviceEvent(callIds, event) {
      for (const callId of callIds) update(callId, (tally) => addDeviceEvent(tally, event));
    },

    finish(call) {
      const tally = tallies.get(call.id);
      tallies.delete(call.id);
      if (call.answeredAt === null || call.soundTest !== null) return;
      set({ report: { callId: call.id, summary: summarise(tally ?? emptyTally()) } });
    },

    dismiss(callId) {
      if (get().report?.callId === callId) set({ report: null });
    },
  };
});

export const selectors = {
  /** The report of this call, if it is the one kept. */
  reportFor: (callId: string) => (state: Store) => (state.report?.callId === callId ? state.report.summary : null),
  hasReport: (callId: string) => (state: Store) => state.report?.callId === callId,
};
