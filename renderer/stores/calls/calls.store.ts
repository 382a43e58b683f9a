import { create } from 'zustand';
import type { CallQuality, CallSnapshot } from '../../../shared/models/call';
import type { Result } from '../../../shared/result';
import { invoke } from '../../ipc/bridge';

export type CallAction =
  'dial' | 'answer' | 'decline' | 'hang-up' | 'hold' | 'mute' | 'keypad' | 'transfer' | 'merge' | 'record';

/** A request that failed, in main's words (which say what to do), and which call it was about. */
export interface CallError {
  action: CallAction;
  callId: string | null;
  message: string;
}

export interface CallsStoreState {
  /** Calls that have not ended, in the order they started. */
  active: CallSnapshot[];
  /** The most recent call that ended, so the screen can say how it ended. */
  lastEnded: CallSnapshot | null;
  /** A call that just ended and is still shown as "Call ended: …" until dismissed. */
  endedNotice: CallSnapshot | null;
  error: CallError | null;
  /** Latest quality figures per call, polled while it is connected. */
  quality: Record<string, CallQuality>;
  /** "Consult first": the held call to hand over, and the call to the person who takes it. */
  consultation: { heldCallId: string; consultationCallId: string } | null;
}

export interface CallsActions {
  /**
   * The calls main has now (after a reload mid-call, say); events that came first are newer and kept.
   * Resolves to the calls it added.
   */
  load(): Promise<CallSnapshot[]>;
  receive(call: CallSnapshot): void;
  /** Places a call; true when main accepted it (it then rings out and reports its progress). */
  dial(target: string): Promise<boolean>;
  answer(callId: string): Promise<void>;
  decline(callId: string): Promise<void>;
  hangUp(callId: string): Promise<void>;
  setHold(callId: string, hold: boolean): Promise<void>;
  setMuted(callId: string, muted: boolean): Promise<void>;
  sendDtmf(callId: string, digits: string): Promise<void>;
  /** Starts or stops recording at Twilio; the call's snapshot follows with its recording state. */
  setRecording(callId: string, on: boolean): Promise<void>;
  /** Blind transfer; its progress and any failure come on the call's snapshot. */
  transfer(callId: string, target: string): Promise<void>;
  /** 3-way call: merges the call being talked on with a held one. */
  merge(callId: string, otherCallId: string): Promise<void>;
  /** Takes a call out of its 3-way call to talk on it alone; the other party goes on hold. */
  split(callId: string): Promise<void>;
  /** Calls the target while `callId` waits on hold (main holds it), to hand it over with completeTransfer. */
  consult(callId: string, target: string): Promise<boolean>;
  /** Hands the held call of the consultation to the person on the consultation call. */
  completeTransfer(): Promise<void>;
  /** Call waiting: puts the other connected calls on hold and resumes this one. */
  switchTo(callId: string): Promise<void>;
  refreshQuality(callId: string): Promise<void>;
  dismissEndedNotice(callId: string): void;
  clearError(): void;
}

export const initialCallsState: CallsStoreState = {
  active: [],
  lastEnded: null,
  endedNotice: null,
  error: null,
  quality: {},
  consultation: null,
};

type Store = CallsStoreState & CallsActions;

/** Declined or missed calls were never on screen, so they get no "Call ended" notice. */
const wasOnScreen = (call: CallSnapshot) => call.direction === 'outgoing' || call.answeredAt !== null;

export const useCallsStore = create<Store>()((set, get) => {
  /** Runs one request; a failure is kept for display, a success clears an older failure of the same kind. */
  async function run(action: CallAction, callId: string | null, request: Promise<Result<unknown>>) {
    const result = await request;
    if (result.ok) {
      if (get().error?.action === action) set({ error: null });
      return true;
    }
    set({ error: { action, callId, message: result.error.message } });
    return false;
  }

  const known = (callId: string) => get().active.some((call) => call.id === callId) || get().lastEnded?.id === callId;

  return {
    ...initialCallsState,

    async load() {
      const result = await invoke('calls:list');
      if (!result.ok) return [];
      const added = result.value.filter((call) => !known(call.id));
      added.forEach(get().receive);
      return added;
    },

    receive(call) {
      set((state) => {
        const others = state.active.filter((existing) => existing.id !== call.id);
        if (call.state === 'ended') {
          const quality = { ...state.quality };
          delete quality[call.id];
          const consultation = state.consultation;
          const partOfConsultation =
            consultation?.heldCallId === call.id || consultation?.consultationCallId === call.id;
          return {
            active: others,
            consultation: partOfConsultation ? null : consultation,
            lastEnded: call,
            endedNotice: wasOnScreen(call) && call.soundTest === null ? call : state.endedNotice,
            quality,
          };
        }
        const index = state.active.findIndex((existing) => existing.id === call.id);
        const active =
          index === -1
            ? [...others, call]
            : state.active.map((existing) => (existing.id === call.id ? call : existing));
        return { active };
      });
    },

    async dial(target) {
      const result = await invoke('calls:dial', { target });
      // The call's own events may already have arrived (and be newer); only a call not seen yet is added.
      if (result.ok && !known(result.value.id)) get().receive(result.value);
      return run('dial', null, Promise.resolve(result));
    },
    answer: async (callId) => void (await run('answer', callId, invoke('calls:answer', { callId }))),
    decline: async (callId) => void (await run('decline', callId, invoke('calls:decline', { callId }))),
    hangUp: async (callId) => void (await run('hang-up', callId, invoke('calls:hang-up', { callId }))),
    setHold: async (callId, hold) => void (await run('hold', callId, invoke('calls:set-hold', { callId, hold }))),
    setMuted: async (callId, muted) => void (await run('mute', callId, invoke('calls:set-mute', { callId, muted }))),
    setRecording: async (callId, on) =>
      void (await run('record', callId, invoke('calls:set-recording', { callId, on }))),
    sendDtmf: async (callId, digits) =>
      void (await run('keypad', callId, invoke('calls:send-dtmf', { callId, digits }))),

    transfer: async (callId, target) =>
      void (await run('transfer', callId, invoke('calls:transfer', { callId, target }))),
    merge: async (callId, otherCallId) =>
      void (await run('merge', callId, invoke('calls:merge', { callId, otherCallId }))),
    split: async (callId) => void (await run('merge', callId, invoke('calls:split', { callId }))),

    async consult(callId, target) {
      const result = await invoke('calls:dial', { target });
      if (result.ok) {
        if (!known(result.value.id)) get().receive(result.value);
        set({ consultation: { heldCallId: callId, consultationCallId: result.value.id } });
      }
      return run('transfer', callId, Promise.resolve(result));
    },

    async completeTransfer() {
      const consultation = get().consultation;
      if (!consultation) return;
      const { heldCallId, consultationCallId } = consultation;
      await run('transfer', heldCallId, invoke('calls:complete-transfer', { callId: heldCallId, consultationCallId }));
    },

    async switchTo(callId) {
      const talking = get().active.filter((call) => call.id !== callId && call.state === 'connected' && !call.onHold);
      for (const call of talking) await get().setHold(call.id, true);
      const target = get().active.find((call) => call.id === callId);
      if (target?.onHold) await get().setHold(callId, false);
    },

    async refreshQuality(callId) {
      const result = await invoke('calls:get-quality', { callId });
      if (!result.ok || !get().active.some((call) => call.id === callId)) return;
      set((state) => ({ quality: { ...state.quality, [callId]: result.value } }));
    },

    dismissEndedNotice(callId) {
      if (get().endedNotice?.id === callId) set({ endedNotice: null });
    },

    clearError: () => set({ error: null }),
  };
});

const isRingingIn = (call: CallSnapshot) => call.direction === 'incoming' && call.state === 'ringing';
const isPhoneCall = (call: CallSnapshot) => call.soundTest === null;

/** The call the in-call screen is about: the one being talked on, else the newest one being set up. */
function currentCall(state: Store): CallSnapshot | null {
  const calls = state.active.filter((call) => isPhoneCall(call) && !isRingingIn(call));
  return (
    calls.find((call) => call.state === 'connected' && !call.onHold) ??
    calls.findLast((call) => call.state !== 'connected') ??
    calls.at(-1) ??
    null
  );
}

export const selectors = {
  active: (state: Store) => state.active,
  /** Incoming calls waiting for an answer, oldest first (new arrays: use with useShallow). */
  ringing: (state: Store) => state.active.filter(isRingingIn),
  /** Phone calls past the ringing banner, in start order (the sound test has its own screen). */
  inProgress: (state: Store) => state.active.filter((call) => isPhoneCall(call) && !isRingingIn(call)),
  current: currentCall,
  /** The sound test in progress, if any (it has its own card, not the in-call screen). */
  soundTest: (state: Store) => state.active.find((call) => call.soundTest !== null) ?? null,
  lastSoundTest: (state: Store) => (state.lastEnded?.soundTest ? state.lastEnded : null),
  lastEnded: (state: Store) => state.lastEnded,
  endedNotice: (state: Store) => state.endedNotice,
  error: (state: Store) => state.error,
  /** The error of one kind of request, so each screen shows only what concerns it. */
  errorFor:
    (...actions: CallAction[]) =>
    (state: Store) =>
      state.error && actions.includes(state.error.action) ? state.error : null,
  quality: (callId: string) => (state: Store) => state.quality[callId] ?? null,
  consultation: (state: Store) => state.consultation,
  /** A held call the current one can be merged with (the latest put on hold), if there is one. */
  mergeable: (state: Store) => {
    const current = currentCall(state);
    if (!current || current.state !== 'connected' || current.onHold || current.conferenceWith !== null) return null;
    return (
      state.active.findLast(
        (call) => call.id !== current.id && isPhoneCall(call) && call.state === 'connected' && call.onHold,
      ) ?? null
    );
  },
};
