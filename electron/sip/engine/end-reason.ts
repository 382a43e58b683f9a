import type { CallEndReason } from '../../../shared/models/call-end-reason';

/** Maps a final SIP response to an INVITE onto the words a person sees. */
export function endReasonForStatus(statusCode: number): CallEndReason {
  if (statusCode === 486 || statusCode === 600) return 'busy';
  if (statusCode === 603) return 'declined';
  if (statusCode === 404 || statusCode === 484 || statusCode === 604) return 'not-found';
  if (statusCode === 408) return 'no-answer';
  if (statusCode === 487) return 'cancelled';
  if (statusCode === 488 || statusCode === 606) return 'rejected-media';
  if (statusCode === 480 || statusCode === 410 || statusCode >= 500) return 'unavailable';
  return 'failed';
}
