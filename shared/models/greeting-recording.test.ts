import { describe, expect, it } from 'vitest';
import { inEnglish } from '../text/words';
import { checkGreetingWav, greetingRecordingMaxBytes } from './greeting-recording';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  return joined;
};

/** A WAV header and `seconds` of non-zero samples, in the given format. */
function wav(options: { rate?: number; channels?: number; bits?: number; format?: number; seconds?: number } = {}) {
  const { rate = 8000, channels = 1, bits = 16, format = 1, seconds = 2 } = options;
  const data = Math.round(seconds * rate) * channels * (bits / 8);
  const bytes = new Uint8Array(44 + data).fill(1);
  const view = new DataView(bytes.buffer);
  bytes.set(ascii('RIFF'), 0);
  view.setUint32(4, 36 + data, true);
  bytes.set(ascii('WAVEfmt '), 8);
  view.setUint32(16, 16, true);
  view.setUint16(20, format, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, (rate * channels * bits) / 8, true);
  view.setUint16(32, (channels * bits) / 8, true);
  view.setUint16(34, bits, true);
  bytes.set(ascii('data'), 36);
  view.setUint32(40, data, true);
  return bytes;
}

describe('checkGreetingWav', () => {
  it.each([8000, 16000])('takes mono 16-bit PCM at %i Hz, and says how long it plays', (rate) => {
    expect(checkGreetingWav(wav({ rate, seconds: 4.5 }))).toEqual({ ok: true, seconds: 4.5 });
  });

  it('reads past chunks it does not know (LIST) to the audio', () => {
    const plain = wav();
    const list = concat(ascii('LIST'), Uint8Array.from([5, 0, 0, 0]), ascii('INFOx\0'));
    const withList = concat(plain.subarray(0, 36), list, plain.subarray(36));
    expect(checkGreetingWav(withList)).toEqual({ ok: true, seconds: 2 });
  });

  it.each([
    ['not a WAV', ascii('ID3 an mp3 file, not a WAV at all, padded to 44 bytes.'), /not a WAV file/],
    ['stereo', wav({ channels: 2 }), /not mono 16-bit audio at 8 or 16 kHz/],
    ['8-bit', wav({ bits: 8 }), /not mono 16-bit/],
    ['44.1 kHz', wav({ rate: 44100 }), /not mono 16-bit/],
    ['μ-law', wav({ format: 7 }), /not mono 16-bit/],
    ['over two minutes', wav({ seconds: 121 }), /longer than 2 minutes/],
    ['empty', wav({ seconds: 0 }), /empty/],
    ['without its audio', concat(wav().subarray(0, 36), ascii('LIST\0\0\0\0')), /damaged/],
    ['larger than any two-minute greeting', new Uint8Array(greetingRecordingMaxBytes + 1), /too large/],
  ])('refuses one %s, saying what to do', (_what, bytes, problem) => {
    const checked = checkGreetingWav(bytes);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : inEnglish(checked.problem)).toMatch(problem);
  });
});
