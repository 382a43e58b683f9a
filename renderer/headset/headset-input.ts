import { readControls, type HeadsetMap, type LedState } from './headset-map';

/**
 * What a person did on the headset: lifted it off the hook or put it back (a hook switch that reports
 * its state), pressed the hook switch's button (one that reports presses), or pressed mute.
 */
export type HeadsetPress = 'offHook' | 'onHook' | 'hookButton' | 'mute';

/** How long after Dialtone changes the mute light a mute report is taken for the headset's echo of it. */
export const muteEchoMs = 500;

/**
 * Turns input reports into presses. Headsets echo the lights they are given: once Dialtone lights
 * off-hook (answering from the app), a state hook switch reports "off hook" although nobody touched
 * it. So a state hook switch is compared with the hook state Dialtone last set, and only a difference
 * is a press; a mute report right after the mute light changed is its echo.
 */
export function createHeadsetInput(map: HeadsetMap, now: () => number = () => Date.now()) {
  let offHook = false;
  let lastMuteLight: boolean | null = null;
  let muteEchoUntil = -Infinity;
  let hookBit = false;
  let muteBit = false;

  return {
    /** Dialtone wrote these lights to the headset. */
    lightsSet(state: LedState): void {
      offHook = state.offHook;
      if (lastMuteLight !== null && lastMuteLight !== state.mute) muteEchoUntil = now() + muteEchoMs;
      lastMuteLight = state.mute;
    },

    read(reportId: number, data: DataView): HeadsetPress[] {
      const values = readControls(map, reportId, data);
      const presses: HeadsetPress[] = [];
      const hook = values.hookSwitch;
      if (hook !== undefined) {
        if (map.controls.hookSwitch?.absolute) {
          if (hook !== offHook) presses.push(hook ? 'offHook' : 'onHook');
          offHook = hook;
        } else if (hook && !hookBit) {
          presses.push('hookButton');
        }
        hookBit = hook;
      }
      const mute = values.phoneMute;
      if (mute !== undefined) {
        if (mute && !muteBit && now() > muteEchoUntil) presses.push('mute');
        muteBit = mute;
      }
      return presses;
    },
  };
}
