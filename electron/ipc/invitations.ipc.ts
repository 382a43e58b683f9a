import type { InvitationImportService } from '../services/team/invitation-import-service';
import type { InvokeHandlers } from './contract-router';

export function invitationHandlers(
  invitations: InvitationImportService,
): Pick<InvokeHandlers, 'setup:import-invitation'> {
  return {
    'setup:import-invitation': ({ text, passphrase }) => invitations.importInvitation(text, passphrase),
  };
}
