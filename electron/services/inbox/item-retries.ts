import type { Logger } from '../../logging/logger';
import { toTwilioProblem } from '../../twilio/twilio-problem';

/** A download or deletion that failed this many times is left alone until Dialtone starts again. */
const attemptsPerItem = 3;

/**
 * Follow-up work on one voicemail or picture (download, delete on Twilio) is best effort: one file
 * Twilio cannot serve must not stop the sync of everything else, nor be asked for forever.
 */
export function createItemRetries(logger: Logger) {
  const failures = new Map<string, number>();
  return {
    gaveUpOn: (sid: string): boolean => (failures.get(sid) ?? 0) >= attemptsPerItem,
    /** How many items were given up on: a page of work asks for that many more. */
    gaveUpCount: (): number => [...failures.values()].filter((count) => count >= attemptsPerItem).length,
    async attempt(what: string, sid: string, work: () => Promise<void>): Promise<boolean> {
      try {
        await work();
        failures.delete(sid);
        return true;
      } catch (error) {
        const count = (failures.get(sid) ?? 0) + 1;
        failures.set(sid, count);
        logger.warn('An inbox item failed', { what, sid, attempt: count, code: toTwilioProblem(error).code ?? 'none' });
        return false;
      }
    },
  };
}

export type ItemRetries = ReturnType<typeof createItemRetries>;
