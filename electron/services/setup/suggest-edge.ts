import type { TwilioEdge } from '../../../shared/models/twilio-setup';

/*
 * The nearest Twilio edge, guessed from the computer's time zone (no network needed, nothing sent
 * anywhere). The person can change it; a wrong guess costs a little latency, never a failed call.
 */
const edgeByZonePrefix: ReadonlyArray<[prefix: string, edge: TwilioEdge]> = [
  ['America/Sao_Paulo', 'sao-paulo'],
  ['America/Argentina', 'sao-paulo'],
  ['America/Montevideo', 'sao-paulo'],
  ['America/Santiago', 'sao-paulo'],
  ['America/Bogota', 'ashburn'],
  ['America/Lima', 'sao-paulo'],
  ['America/Los_Angeles', 'umatilla'],
  ['America/Vancouver', 'umatilla'],
  ['America/Denver', 'umatilla'],
  ['America/Phoenix', 'umatilla'],
  ['America/Edmonton', 'umatilla'],
  ['America/Boise', 'umatilla'],
  ['America/Anchorage', 'umatilla'],
  ['Pacific/Honolulu', 'umatilla'],
  ['America/', 'ashburn'],
  ['US/Pacific', 'umatilla'],
  ['US/', 'ashburn'],
  ['Canada/', 'ashburn'],
  ['Europe/London', 'dublin'],
  ['Europe/Dublin', 'dublin'],
  ['Europe/Lisbon', 'dublin'],
  ['Atlantic/', 'dublin'],
  ['Europe/', 'frankfurt'],
  ['Africa/', 'frankfurt'],
  ['Asia/Tokyo', 'tokyo'],
  ['Asia/Seoul', 'tokyo'],
  ['Asia/Shanghai', 'tokyo'],
  ['Asia/Hong_Kong', 'tokyo'],
  ['Asia/Taipei', 'tokyo'],
  ['Asia/Dubai', 'frankfurt'],
  ['Asia/Jerusalem', 'frankfurt'],
  ['Asia/Tel_Aviv', 'frankfurt'],
  ['Asia/Riyadh', 'frankfurt'],
  ['Asia/', 'singapore'],
  ['Australia/', 'sydney'],
  ['Pacific/Auckland', 'sydney'],
  ['Pacific/', 'sydney'],
];

export function suggestEdge(timeZone: string | undefined): TwilioEdge {
  if (!timeZone) return 'ashburn';
  return edgeByZonePrefix.find(([prefix]) => timeZone.startsWith(prefix))?.[1] ?? 'ashburn';
}

export function localTimeZone(): string | undefined {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
