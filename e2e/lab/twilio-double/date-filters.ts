import { badParameter } from './errors';
import type { Context } from './server';

const wholeSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Twilio's `Name`, `Name<` and `Name>` list filters (DateCreated, DateSent): `<` is on or before, `>` on or after
 * (docs: "<=YYYY-MM-DD", ">=YYYY-MM-DD"); the exact form matches the whole day when given a date at midnight, else
 * the second. Dates are compared at whole seconds, as the RFC 2822 dates the API shows.
 */
export function dateFilter(context: Context, name: string): (date: Date | null) => boolean {
  const parse = (key: string) => {
    const value = context.query.get(key);
    if (value === null) return null;
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw badParameter(`${key} must be a date, got ${value.slice(0, 40)}`);
    return Math.floor(time / 1000);
  };
  const exact = parse(name);
  const onOrBefore = parse(`${name}<`);
  const onOrAfter = parse(`${name}>`);
  const day = 86_400;
  return (date) => {
    if (exact === null && onOrBefore === null && onOrAfter === null) return true;
    if (date === null) return false;
    const seconds = wholeSeconds(date);
    if (exact !== null) {
      const matches = exact % day === 0 ? seconds >= exact && seconds < exact + day : seconds === exact;
      if (!matches) return false;
    }
    return (onOrBefore === null || seconds <= onOrBefore) && (onOrAfter === null || seconds >= onOrAfter);
  };
}

/** Newest first, as Twilio lists Recordings and Messages. */
export const newestFirst = <T extends { dateCreated: Date }>(items: T[]) =>
  [...items].sort((a, b) => b.dateCreated.getTime() - a.dateCreated.getTime());
