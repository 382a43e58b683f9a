import type { BalanceService } from '../services/balance-service';
import type { CallCostService } from '../services/call-cost-service';
import type { CallPriceService } from '../services/call-price-service';
import type { InvokeHandlers } from './contract-router';

type PriceChannels = 'calls:price-per-minute' | 'billing:get-balance' | 'history:call-cost' | 'history:month-cost';

/** What calls cost: before dialling, after (history), and what is left on the account. */
export function callPriceHandlers(
  prices: Pick<CallPriceService, 'perMinuteTo'>,
  balance: Pick<BalanceService, 'balance'>,
  costs: Pick<CallCostService, 'costOf' | 'monthCost'>,
): Pick<InvokeHandlers, PriceChannels> {
  return {
    'calls:price-per-minute': ({ number }) => prices.perMinuteTo(number),
    'billing:get-balance': () => balance.balance(),
    'history:call-cost': ({ id }) => costs.costOf(id),
    'history:month-cost': () => costs.monthCost(),
  };
}
