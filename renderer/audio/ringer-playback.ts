/** Sounds in renderer/public/sounds, relative to index.html (the app:// root or the browser shell's). */
export const ringtoneUrl = 'sounds/ringtone.wav';
/** Two soft 440 Hz beeps every 5 s, in the call's own output, for a call that rings during another. */
export const callWaitingUrl = 'sounds/call-waiting.wav';
export const speakerTestUrl = 'sounds/speaker-test.wav';

/** The part of HTMLAudioElement that playback uses, so tests can pass a fake. */
export interface AudioElementLike {
  loop: boolean;
  currentTime: number;
  setSinkId?(sinkId: string): Promise<void>;
  play(): Promise<void>;
  pause(): void;
}

export type CreateAudio = (url: string) => AudioElementLike;

export const createAudioElement: CreateAudio = (url) => {
  const audio = new Audio(url);
  audio.preload = 'auto';
  return audio;
};

/** An output to play on; deviceId '' is the system default, name is shown in messages. */
export interface OutputTarget {
  deviceId: string;
  name: string;
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/** Says what went wrong when a sound could not play on an output, and what to do about it. */
export function describePlayError(error: unknown, target: OutputTarget, what: string): string {
  const device = target.name || 'the default output';
  switch (errorName(error)) {
    case 'NotAllowedError':
      return `The ${what} was blocked from playing on ${device}. Restart Dialtone; if it keeps happening, check that no other app holds the device.`;
    case 'NotFoundError':
      return `The ${what} could not play: ${device} is not connected. Choose other devices in Settings, Audio.`;
    case 'NotSupportedError':
      return `The ${what} could not play because its sound file is missing or damaged. Reinstall Dialtone.`;
    default:
      return `The ${what} could not play on ${device}. Check the device, or choose another in Settings, Audio.`;
  }
}

/** Sends an element to an output; the default output needs no call (and works without setSinkId). */
export async function routeTo(audio: AudioElementLike, target: OutputTarget): Promise<void> {
  if (target.deviceId && target.deviceId !== 'default' && audio.setSinkId) await audio.setSinkId(target.deviceId);
}

/**
 * Plays a sound once on every target at the same time. Resolves when all have started (or failed)
 * with the problems worded for the person; never rejects.
 */
export async function playOnce(
  url: string,
  targets: readonly OutputTarget[],
  what: string,
  createAudio: CreateAudio = createAudioElement,
): Promise<string[]> {
  const outputs = targets.length > 0 ? targets : [{ deviceId: '', name: '' }];
  const results = await Promise.all(
    outputs.map(async (target) => {
      const audio = createAudio(url);
      audio.loop = false;
      try {
        await routeTo(audio, target);
        await audio.play();
        return null;
      } catch (error) {
        audio.pause();
        return describePlayError(error, target, what);
      }
    }),
  );
  return results.filter((problem): problem is string => problem !== null);
}
