import { randomBytes } from 'node:crypto';

/** A Twilio SID: two capital letters and 32 lowercase hex digits, e.g. PN0f3c… */
export function newSid(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}

/** The 2010 API's dates: RFC 2822, e.g. "Thu, 30 Jul 2015 23:19:04 +0000". */
export function rfc2822(date: Date): string {
  return date.toUTCString().replace('GMT', '+0000');
}

/** The v1 APIs' dates: ISO 8601 without milliseconds, e.g. "2018-11-10T20:00:00Z". */
export function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
