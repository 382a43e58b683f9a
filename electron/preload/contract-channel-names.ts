import type { EventChannel } from '../../shared/contract/event-channels';
import type { InvokeChannel } from '../../shared/contract/invoke-channels';

/*
 * The contract's channel names, listed again rather than imported: shared/contract builds zod
 * schemas (and pulls in libphonenumber-js), which have no place in the sandboxed preload bundle.
 * `satisfies Record<..., true>` makes the compiler reject a missing or an extra name.
 */
const invokeChannels = {
  'app:get-info': true,
  'settings:get': true,
  'settings:update': true,
  'accounts:list': true,
  'accounts:save': true,
  'accounts:remove': true,
  'registration:get': true,
} as const satisfies Record<InvokeChannel, true>;

const eventChannels = {
  'settings:changed': true,
  'accounts:changed': true,
  'registration:state-changed': true,
} as const satisfies Record<EventChannel, true>;

export function isContractInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}

export function isContractEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(eventChannels, name);
}
