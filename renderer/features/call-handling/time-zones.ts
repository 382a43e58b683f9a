import { computerTimeZone } from '../../../shared/models/call-handling-names';
import type { Translate } from '../../i18n/message-values';

/**
 * The IANA zones to choose from, with `chosen` and the computer's own added when this system's list leaves
 * them out (it lists canonical names only: UTC, or an older name such as Europe/Kiev, may be missing).
 */
export function timeZoneChoices(chosen: string | null): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(computerTimeZone());
  if (chosen !== null) zones.add(chosen);
  return [...zones].sort();
}

/** "your computer's time zone (Europe/Berlin)", or "America/Chicago time". */
export function describeTimeZone(zone: string | null, t: Translate): string {
  return zone === null
    ? t('callHandling.computerTimeZone', { zone: computerTimeZone() })
    : t('callHandling.zoneTime', { zone });
}
