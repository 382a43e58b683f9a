import { accountFieldsSchema, type AccountFields } from '../../../shared/models/account';
import type { ImportedInvitation, InvitedLine } from '../../../shared/models/line-invitation';
import type { TwilioEdge } from '../../../shared/models/twilio-setup';
import type { AccountService } from '../account-service';
import { AppFailure } from '../app-failure';
import { twilioLineFields, type SipProxyOverride } from '../setup/twilio-line-fields';
import { openInvitation } from './line-invitation-crypto';
import { InvitationError } from './line-invitation-error';

/** The same SIP address: the user part exactly as written, the domain in any case. */
function sameAddress(a: string, b: string): boolean {
  const at = (address: string) => address.lastIndexOf('@');
  return a.slice(0, at(a)) === b.slice(0, at(b)) && a.slice(at(a)).toLowerCase() === b.slice(at(b)).toLowerCase();
}

/**
 * "I was invited": opens an invitation and saves its line as an account, the password in the secret store.
 * The invited person never sees the Twilio account, only their own sign-in on its SIP domain.
 */
export function createInvitationImportService(deps: {
  accounts: AccountService;
  /** Tests only: the lab registrar instead of Twilio's edge. */
  sipProxyOverride: SipProxyOverride | null;
  /** Where this computer connects when the invitation leaves the edge open. */
  nearestEdge: TwilioEdge;
}) {
  const { accounts, sipProxyOverride, nearestEdge } = deps;

  function fieldsFor(line: InvitedLine): AccountFields {
    const fields = twilioLineFields({
      phoneNumber: line.username,
      sipDomainName: line.sipDomain,
      edge: line.edge ?? nearestEdge,
      proxyOverride: sipProxyOverride,
    });
    // The invitation and the account are checked by different schemas: never save what accounts:save refuses.
    return accountFieldsSchema.parse({ ...fields, displayName: line.displayName });
  }

  return {
    /** An account with the line's SIP address is updated (and says so), never duplicated. */
    async importInvitation(text: string, passphrase: string): Promise<ImportedInvitation> {
      let line: InvitedLine;
      try {
        line = await openInvitation(text, passphrase);
      } catch (error) {
        if (error instanceof InvitationError) throw new AppFailure('invalid-request', error.words);
        throw error;
      }
      const fields = fieldsFor(line);
      const existing = (await accounts.list()).find((account) => sameAddress(account.sipAddress, fields.sipAddress));
      const account = await accounts.save({ id: existing?.id, fields, password: line.password });
      return { account, updated: existing !== undefined, inviterName: line.inviterName, phoneNumber: line.phoneNumber };
    },
  };
}

export type InvitationImportService = ReturnType<typeof createInvitationImportService>;
