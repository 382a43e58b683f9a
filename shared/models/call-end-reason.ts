/** Why a call ended, in a file without zod so the renderer can show the words without the schemas. */
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

/** What a person reads when a call ends. */
export const callEndReasonText: Record<CallEndReason, string> = {
  'hung-up': 'Call ended',
  'remote-hung-up': 'The other side hung up',
  cancelled: 'Call cancelled',
  missed: 'Missed call',
  'answered-elsewhere': 'Answered on another device',
  declined: 'The call was declined',
  busy: 'The line is busy',
  'no-answer': 'No answer',
  'not-found': 'That number or address does not exist',
  unavailable: 'The person or network is unavailable right now; try again later',
  'rejected-media': 'The call could not agree on audio settings (check the encryption setting of this account)',
  'media-timeout': 'The call was dropped: no audio arrived for 30 seconds',
  'network-error': 'The call was lost because of a network problem',
  failed: 'The call could not be completed',
  transferred: 'The call was transferred',
};
