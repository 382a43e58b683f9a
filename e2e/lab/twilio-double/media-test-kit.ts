// Helpers for the double's tests: raw requests with credentials, and what is in the media it serves.
import { execFile } from 'node:child_process';
import { parseWav } from '../../../electron/media/wav';
import { energyShareAt } from '../tones';
import { defaultAccount, type TwilioDouble } from './index';

export const basicAuth = (user = defaultAccount.sid, password = defaultAccount.authToken) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** GET on the api endpoint (through the Prism relay), path relative as Twilio's uris are. */
export async function getApi(double: TwilioDouble, path: string, authorization = basicAuth()) {
  const response = await fetch(`${double.endpoints.api}${path}`, { headers: { authorization } });
  return { status: response.status, type: response.headers.get('content-type'), bytes: await bytesOf(response) };
}

async function bytesOf(response: Response) {
  return Buffer.from(await response.arrayBuffer());
}

/** The share of a recording's energy at frequency: the WAV read by the product's parser, an MP3 decoded by sox. */
export async function toneShare(bytes: Buffer, type: 'wav' | 'mp3', frequency: number): Promise<number> {
  const wav =
    type === 'wav'
      ? bytes
      : await new Promise<Buffer>((resolve, reject) => {
          const child = execFile(
            'sox',
            ['-t', 'mp3', '-', '-b', '16', '-e', 'signed-integer', '-t', 'wav', '-'],
            { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
            (error, stdout) => (error ? reject(error) : resolve(stdout)),
          );
          child.stdin!.end(bytes);
        });
  const audio = parseWav(wav, type);
  return energyShareAt(audio.samples, audio.sampleRate, frequency);
}
