// Real media for the double: recordings are tones (WAV, and MP3 through sox), MMS pictures are PNGs built here.
import { execFile } from 'node:child_process';
import { crc32, deflateSync } from 'node:zlib';

const rate = 8000;
const amplitude = 0.35 * 32767;

/** 16-bit PCM mono WAV of a sine (built here: sox writes a wrong length into a piped WAV header). */
function sineWav(frequency: number, seconds: number): Buffer {
  const count = Math.round(rate * seconds);
  const wav = Buffer.alloc(44 + count * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + count * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(count * 2, 40);
  for (let i = 0; i < count; i++) {
    wav.writeInt16LE(Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / rate)), 44 + i * 2);
  }
  return wav;
}

/** The same WAV as an MP3, encoded by sox (libsox-fmt-mp3 with LAME, Debian's sox package). */
async function mp3Of(wav: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'sox',
      ['-t', 'wav', '-', '-t', 'mp3', '-'],
      { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin!.end(wav);
  });
}

/** A sine tone as Twilio keeps a voicemail: an 8 kHz mono WAV, and an MP3 of it. */
export async function toneRecording(frequency: number, seconds: number): Promise<{ wav: Buffer; mp3: Buffer }> {
  const wav = sineWav(frequency, seconds);
  return { wav, mp3: await mp3Of(wav) };
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A width x height PNG (8-bit RGB) of one colour. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type RGB, deflate, no filter method, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
