import type { EventChannel } from './event-channels';
import type { InvokeChannel } from './invoke-channels';

/*
 * The contract's channel names without its schemas, for the preloads: the schemas pull in zod and
 * libphonenumber-js, which have no place in a preload bundle.
 * `satisfies Record<..., true>` makes the compiler reject a missing or an extra name.
 */
const invokeChannels = {
  'app:get-info': true,
  'settings:get': true,
  'settings:update': true,
  'settings:get-hotkey-status': true,
  'accounts:list': true,
  'accounts:save': true,
  'accounts:remove': true,
  'registration:get': true,
  'calls:list': true,
  'calls:dial': true,
  'calls:answer': true,
  'calls:decline': true,
  'calls:hang-up': true,
  'calls:set-hold': true,
  'calls:set-mute': true,
  'calls:send-dtmf': true,
  'calls:get-quality': true,
  'calls:transfer': true,
  'calls:complete-transfer': true,
  'calls:merge': true,
  'calls:split': true,
  'calls:set-recording': true,
  'audio:connect': true,
  'audio:disconnect': true,
  'contacts:search': true,
  'contacts:get': true,
  'contacts:save': true,
  'contacts:remove': true,
  'contacts:merge-suggestions': true,
  'contacts:merge': true,
  'contacts:import-preview': true,
  'contacts:import': true,
  'contacts:export-vcard': true,
  'history:list': true,
  'history:remove': true,
  'history:clear': true,
  'history:mark-seen': true,
  'history:recordings': true,
  'history:recording-audio': true,
  'voicemail:list': true,
  'voicemail:get-audio': true,
  'voicemail:set-played': true,
  'voicemail:remove': true,
  'messages:list-conversations': true,
  'messages:thread': true,
  'messages:send': true,
  'messages:mark-read': true,
  'messages:get-media': true,
  'inbox:search': true,
  'inbox:get-status': true,
  'inbox:sync-now': true,
  'setup:get': true,
  'setup:go-to': true,
  'setup:dismiss': true,
  'setup:connect-twilio': true,
  'setup:create-api-key': true,
  'setup:set-edge': true,
  'setup:list-owned-numbers': true,
  'setup:search-numbers': true,
  'setup:choose-number': true,
  'setup:provision': true,
  'setup:set-allowed-countries': true,
  'setup:set-voicemail-greeting': true,
  'setup:set-call-handling': true,
  'setup:send-routing-again': true,
  'setup:check-routing': true,
  'setup:import-invitation': true,
  'setup:remove-from-twilio': true,
  'team:add-member': true,
  'team:remove-member': true,
  'team:set-default-caller-id': true,
  'team:add-ring-group': true,
  'team:remove-ring-group': true,
  'team:export-invitation': true,
  'office:get': true,
  'office:provision': true,
  'office:file-to-save': true,
  'office:remove': true,
  'greetings:store-recording': true,
  'greetings:get-recording': true,
} as const satisfies Record<InvokeChannel, true>;

const eventChannels = {
  'settings:changed': true,
  'accounts:changed': true,
  'registration:state-changed': true,
  'calls:state-changed': true,
  'contacts:changed': true,
  'history:changed': true,
  'dialer:fill': true,
  'voicemail:changed': true,
  'messages:changed': true,
  'inbox:status-changed': true,
  'inbox:arrived': true,
  'inbox:open': true,
  'setup:changed': true,
  'office:changed': true,
} as const satisfies Record<EventChannel, true>;

export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];
export const eventChannelNames = Object.keys(eventChannels) as EventChannel[];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(eventChannels, name);
}
