import { join } from 'node:path';
import { readCallWav } from '../../media/wav';
import type { SoundTestAudio } from './sound-test-call';

/** The prompt and beep shipped in assets/sound-test (8 kHz mono WAV). */
export async function loadSoundTestAudio(assetsDir: string): Promise<SoundTestAudio> {
  const folder = join(assetsDir, 'sound-test');
  const [prompt, beep] = await Promise.all([
    readCallWav(join(folder, 'prompt.wav')),
    readCallWav(join(folder, 'beep.wav')),
  ]);
  return { prompt, beep };
}
