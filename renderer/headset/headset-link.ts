import type { CallSnapshot } from '../../shared/models/call';
import { headsetAction, headsetLights, type HeadsetAction } from './headset-actions';
import { createHeadsetInput } from './headset-input';
import { ledOutputReports, readHeadsetMap, type LedState } from './headset-map';
import type { HidDevice, HidInputReportEvent } from './webhid';

/** The calls as a headset needs them: what there is, changes, and the three things its buttons do. */
export interface CallsForHeadset {
  calls(): readonly CallSnapshot[];
  subscribe(listener: () => void): () => void;
  answer(callId: string): Promise<void>;
  hangUp(callId: string): Promise<void>;
  setMuted(callId: string, muted: boolean): Promise<void>;
}

const sameLights = (a: LedState, b: LedState) =>
  a.offHook === b.offHook && a.mute === b.mute && a.ring === b.ring && a.hold === b.hold;

/**
 * Links one headset to the calls for as long as it is plugged in: its buttons answer, hang up and
 * mute, and its lights follow the calls. Returns a function that unlinks it.
 */
export function linkHeadset(
  device: HidDevice,
  calls: CallsForHeadset,
  onProblem: (error: unknown) => void,
): () => void {
  const map = readHeadsetMap(device.collections);
  const input = createHeadsetInput(map);
  let open = false;
  let stopped = false;
  let written: LedState | null = null;
  // Reports go out one after another, so the headset ends with the latest lights.
  let sending: Promise<void> = Promise.resolve();

  function writeLights(force = false) {
    if (!open || stopped) return;
    const state = headsetLights(calls.calls());
    if (!force && written && sameLights(written, state)) return;
    written = state;
    input.lightsSet(state);
    for (const { reportId, data } of ledOutputReports(map, state)) {
      sending = sending.then(() => device.sendReport(reportId, data)).catch(onProblem);
    }
  }

  function run(action: HeadsetAction) {
    switch (action.kind) {
      case 'answer':
        return calls.answer(action.callId);
      case 'hang-up':
        return Promise.all(action.callIds.map((callId) => calls.hangUp(callId)));
      case 'mute':
        return calls.setMuted(action.callId, action.muted);
    }
  }

  function onInputReport(event: Event) {
    const { reportId, data } = event as HidInputReportEvent;
    for (const press of input.read(reportId, data)) {
      const action = headsetAction(press, calls.calls());
      // Nothing to act on: put the headset back in step with the calls (it may have changed its own state).
      if (action) void run(action);
      else writeLights(true);
    }
  }

  device.addEventListener('inputreport', onInputReport);
  const unsubscribe = calls.subscribe(() => writeLights());
  (device.opened ? Promise.resolve() : device.open()).then(() => {
    open = true;
    writeLights(true);
  }, onProblem);

  return () => {
    stopped = true;
    device.removeEventListener('inputreport', onInputReport);
    unsubscribe();
  };
}
