import type { ProvisioningApi } from './provisioning-api';
import { toTwilioProblem, TwilioRemovalError } from './twilio-problem';

/**
 * Removal as a series of named steps: each says what it removed (or null when there was nothing to remove);
 * the first failure becomes a TwilioRemovalError that lists what was already gone.
 */
export function removalSteps<Item = string>(api: Pick<ProvisioningApi, 'step'>) {
  const removed: Item[] = [];
  /** A step that removes nothing (finding what to remove) but fails like the others. */
  async function find<T>(name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await api.step(`remove-${name}`, work);
    } catch (error) {
      throw new TwilioRemovalError(toTwilioProblem(error), [...removed], { cause: error });
    }
  }
  async function remove(name: string, work: () => Promise<Item | null>): Promise<void> {
    const what = await find(name, work);
    if (what) removed.push(what);
  }
  return { find, remove, removed };
}
