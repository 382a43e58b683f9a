import type { AccountService } from '../services/account-service';
import type { InvokeHandlers } from './contract-router';

export function accountHandlers(
  accounts: AccountService,
): Pick<InvokeHandlers, 'accounts:list' | 'accounts:save' | 'accounts:remove'> {
  return {
    'accounts:list': () => accounts.list(),
    'accounts:save': (input) => accounts.save(input),
    'accounts:remove': async ({ id }) => {
      await accounts.remove(id);
      return null;
    },
  };
}
