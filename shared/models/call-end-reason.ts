/** Why a call ended, in a file without zod so the renderer can import the list without the schemas. */
export const callEndReasons = [
  'hung-up',
  'remote-hung-up',
  'cancelled',
  'missed',
  'answered-elsewhere',
  'declined',
  'busy',
  'no-answer',
  'not-found',
  'unavailable',
  'rejected-media',
  'media-timeout',
  'network-error',
  'failed',
  'transferred',
] as const;
export type CallEndReason = (typeof callEndReasons)[number];
