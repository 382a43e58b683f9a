import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  checkGreetingWav,
  greetingAssetPath,
  greetingRecordingIdSchema,
  greetingRecordingKinds,
  type GreetingRecordingId,
  type GreetingRecordings,
  type StoredGreetingRecording,
} from '../../../shared/models/greeting-recording';
import type { InboxMedia } from '../../../shared/models/inbox';
import type { GreetingAsset } from '../../twilio/routing-deploy';
import { problemInWords, TwilioProblemError } from '../../twilio/twilio-problem';
import { AppFailure } from '../app-failure';
import { words } from '../../../shared/text/words';

/**
 * The greetings the person recorded or chose as a file, as WAVs <Play> accepts, in the data folder
 * (greetings/<id>.wav). A recording's id is its content's hash: the same audio is kept once, and the routing's
 * asset path (greetingAssetPath) is unguessable and new with every new recording.
 */
export function createGreetingRecordings(dataDir: string) {
  const folder = join(dataDir, 'greetings');
  const pathOf = (id: GreetingRecordingId) => join(folder, `${greetingRecordingIdSchema.parse(id)}.wav`);

  async function read(id: GreetingRecordingId): Promise<Buffer> {
    try {
      return await readFile(pathOf(id));
    } catch {
      throw new AppFailure('not-found', words('setup.recordingGoneRecordAgain'));
    }
  }

  return {
    /** Checks the WAV (format, length) and keeps it; refuses anything else with what to do. */
    async store(base64: string): Promise<StoredGreetingRecording> {
      const bytes = Buffer.from(base64, 'base64');
      const checked = checkGreetingWav(bytes);
      if (!checked.ok) throw new AppFailure('invalid-request', checked.problem);
      const id = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
      await mkdir(folder, { recursive: true });
      const target = pathOf(id);
      try {
        await writeFile(`${target}.partial`, bytes);
        await rename(`${target}.partial`, target);
      } catch {
        throw new AppFailure('storage-failed', words('setup.recordingNotSaved'));
      }
      return { id, seconds: checked.seconds };
    },

    async read(id: GreetingRecordingId): Promise<InboxMedia> {
      return { contentType: 'audio/wav', base64: (await read(id)).toString('base64') };
    },

    /**
     * The assets the routing serves for the greetings `recordings` play, each path once. A file gone from the data
     * folder fails the deploy as a problem the person can act on (it shows where the routing's state shows).
     */
    async assets(recordings: GreetingRecordings): Promise<GreetingAsset[]> {
      const ids = new Set(greetingRecordingKinds.flatMap((kind) => recordings[kind] ?? []));
      try {
        return await Promise.all(
          [...ids].map(async (id) => ({ path: greetingAssetPath(id), content: await read(id) })),
        );
      } catch (error) {
        throw new TwilioProblemError(problemInWords(words('setup.recordingGone'), words('setup.recordingGoneAdvice')), {
          cause: error,
        });
      }
    },
  };
}

export type GreetingRecordingStore = ReturnType<typeof createGreetingRecordings>;
