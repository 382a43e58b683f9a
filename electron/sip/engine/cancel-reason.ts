/** Longer Reason headers are no real proxy's: they are not read. */
const longestReason = 1_000;

/** "SIP;cause=200" in one of a header's comma-separated values, whatever else those values carry. */
const completedElsewhere = /(?:^|,)\s*SIP\s*;(?:[^,;]*;)*?\s*cause\s*=\s*200(?![0-9])/i;

/**
 * Whether a CANCEL's Reason headers say the call was answered on another phone of the same user (RFC 3326
 * "SIP;cause=200;text=\"Call completed elsewhere\"", which a forking proxy adds to the CANCELs of the other branches).
 */
export function cancelledBecauseAnsweredElsewhere(reasonHeaders: readonly string[]): boolean {
  return reasonHeaders.some((header) => header.length <= longestReason && completedElsewhere.test(header));
}
