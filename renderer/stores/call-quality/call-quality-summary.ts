import type { CallQuality } from '../../../shared/models/call';
import type { CallMove } from '../devices/devices.store';

/** The local audio path's counters since the call's audio started (cumulative, from getStats). */
export interface LocalAudioHealth {
  /** Samples Chromium made up because audio was missing or late (inbound-rtp concealedSamples). */
  concealedSamples: number | null;
  totalSamplesReceived: number | null;
  /** Playout glitches: the sound device asked for audio the page could not give in time. */
  glitches: number | null;
}

export type DeviceEventKind = CallMove['kind'] | 'device-error' | 'microphone-failed';

/** Something that happened to the call's devices, in the words the person was shown. */
export interface DeviceEvent {
  kind: DeviceEventKind;
  message: string;
}

/** What is gathered while a call is up; figures are null until something reports them. */
export interface CallQualityTally {
  samples: number;
  sums: Record<keyof CallQuality, number>;
  counts: Record<keyof CallQuality, number>;
  worst: CallQuality;
  local: LocalAudioHealth | null;
  deviceEvents: DeviceEvent[];
}

export interface CallQualitySummary {
  /** How many RTCP samples the figures come from. */
  samples: number;
  average: CallQuality;
  worst: CallQuality;
  /** Share of the far end's audio the computer had to make up, 0..100. */
  concealedPercent: number | null;
  glitches: number | null;
  deviceEvents: DeviceEvent[];
}

const fields = ['roundTripMs', 'jitterMs', 'lossPercent', 'mos'] as const;
const none: CallQuality = { roundTripMs: null, jitterMs: null, lossPercent: null, mos: null };
const zeros = { roundTripMs: 0, jitterMs: 0, lossPercent: 0, mos: 0 };
/** Kept per call: a storm of device events must not grow without bound. */
export const deviceEventLimit = 10;

export function emptyTally(): CallQualityTally {
  return { samples: 0, sums: { ...zeros }, counts: { ...zeros }, worst: { ...none }, local: null, deviceEvents: [] };
}

const usable = (value: number | null): value is number => value !== null && Number.isFinite(value);
/** A lower score is worse; for every other figure a higher one is. */
const worse = (field: keyof CallQuality, a: number, b: number) => (field === 'mos' ? Math.min(a, b) : Math.max(a, b));

export function addRemoteSample(tally: CallQualityTally, quality: CallQuality): CallQualityTally {
  const sums = { ...tally.sums };
  const counts = { ...tally.counts };
  const worst = { ...tally.worst };
  let any = false;
  for (const field of fields) {
    const value = quality[field];
    if (!usable(value)) continue;
    any = true;
    sums[field] += value;
    counts[field] += 1;
    const previous = worst[field];
    worst[field] = previous === null ? value : worse(field, previous, value);
  }
  return any ? { ...tally, samples: tally.samples + 1, sums, counts, worst } : tally;
}

/** The counters are cumulative: the latest reading replaces the one before. */
export function addLocalSample(tally: CallQualityTally, local: LocalAudioHealth): CallQualityTally {
  return { ...tally, local };
}

export function addDeviceEvent(tally: CallQualityTally, event: DeviceEvent): CallQualityTally {
  const seen = tally.deviceEvents.some((known) => known.kind === event.kind && known.message === event.message);
  if (seen || tally.deviceEvents.length >= deviceEventLimit) return tally;
  return { ...tally, deviceEvents: [...tally.deviceEvents, event] };
}

function concealedPercent(local: LocalAudioHealth | null): number | null {
  if (!local || !usable(local.concealedSamples) || !usable(local.totalSamplesReceived)) return null;
  if (local.totalSamplesReceived <= 0) return null;
  const share = (local.concealedSamples / local.totalSamplesReceived) * 100;
  return Math.min(100, Math.max(0, share));
}

export function summarise(tally: CallQualityTally): CallQualitySummary {
  const average = { ...none };
  for (const field of fields) {
    if (tally.counts[field] > 0) average[field] = tally.sums[field] / tally.counts[field];
  }
  const glitches = tally.local?.glitches ?? null;
  return {
    samples: tally.samples,
    average,
    worst: { ...tally.worst },
    concealedPercent: concealedPercent(tally.local),
    glitches: usable(glitches) ? Math.max(0, glitches) : null,
    deviceEvents: tally.deviceEvents,
  };
}
