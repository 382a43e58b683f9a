import { greetingRecordingLimits } from '../../shared/models/greeting-recording-limits';

const rate = greetingRecordingLimits.encodeRate;

/** Samples (-1..1) as a WAV of mono 16-bit PCM at `sampleRate`: the form Twilio's <Play> takes. */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, index) => {
    const clipped = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + index * 2, clipped < 0 ? clipped * 0x8000 : clipped * 0x7fff, true);
  });
  return bytes;
}

/**
 * Decoded audio (any rate, any channels) mixed to mono and resampled to the encoding rate, as a WAV; cut at the
 * limit (a recording stopped at the limit runs a moment past it).
 */
export async function greetingWavOf(audio: AudioBuffer): Promise<Uint8Array> {
  const length = Math.max(1, Math.min(Math.ceil(audio.duration * rate), greetingRecordingLimits.maxSeconds * rate));
  const offline = new OfflineAudioContext(1, length, rate);
  const source = offline.createBufferSource();
  source.buffer = audio;
  source.connect(offline.destination);
  source.start();
  const rendered = await offline.startRendering();
  return encodeWav(rendered.getChannelData(0), rate);
}

/** The bytes of a chosen or recorded file, decoded by the browser (WAV, MP3, Ogg, WebM, AAC…). */
export async function decodeAudio(bytes: ArrayBuffer): Promise<AudioBuffer> {
  const context = new OfflineAudioContext(1, 1, rate);
  return context.decodeAudioData(bytes);
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}
