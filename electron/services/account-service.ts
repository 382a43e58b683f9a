import { randomUUID } from 'node:crypto';
import { withoutControlCharacters, type AccountSummary, type SaveAccountInput } from '../../shared/models/account';
import type { AccountQueries, StoredAccount } from '../db/queries/account-queries';
import type { SecretStore } from '../secrets/secret-store';
import { words } from '../../shared/text/words';
import { AppFailure } from './app-failure';
import type { EventBus } from './event-bus';

export const accountPasswordKey = (accountId: string) => `account:${accountId}:password`;

/** The sign-in user name a blank field stands for, as in the account form: the address before @. */
const addressUser = (sipAddress: string) => withoutControlCharacters(sipAddress.slice(0, sipAddress.lastIndexOf('@')));

export function createAccountService(deps: { queries: AccountQueries; secrets: SecretStore; events: EventBus }) {
  const { queries, secrets, events } = deps;

  const summarise = async (account: StoredAccount): Promise<AccountSummary> => ({
    ...account,
    // Saved before these fields refused control characters: read without them, so that they
    // never reach a SIP header and the account still lists (and can be edited).
    sipAddress: withoutControlCharacters(account.sipAddress),
    authUsername: withoutControlCharacters(account.authUsername) || addressUser(account.sipAddress),
    displayName: withoutControlCharacters(account.displayName),
    hasPassword: await secrets.has(accountPasswordKey(account.id)),
  });

  const list = async (): Promise<AccountSummary[]> => Promise.all(queries.list().map(summarise));

  async function announce(): Promise<void> {
    events.emit('accounts:changed', await list());
  }

  return {
    list,
    /** The password is stored first: if the keyring refuses it, no half-saved account is left behind. */
    async save(input: SaveAccountInput): Promise<AccountSummary> {
      if (input.id !== undefined && !queries.get(input.id)) {
        throw new AppFailure('not-found', words('contacts.accountGone'));
      }
      const account: StoredAccount = { ...input.fields, id: input.id ?? randomUUID() };
      if (input.password !== undefined) await secrets.set(accountPasswordKey(account.id), input.password);
      queries.save(account);
      await announce();
      return summarise(account);
    },
    async remove(id: string): Promise<void> {
      if (!queries.remove(id)) {
        throw new AppFailure('not-found', words('contacts.accountAlreadyRemoved'));
      }
      await secrets.delete(accountPasswordKey(id));
      await announce();
    },
    password: (id: string): Promise<string | undefined> => secrets.get(accountPasswordKey(id)),
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
