/** A SIP delta-seconds value (RFC 3261 section 25.1: digits only), or undefined when absent or malformed. */
export function deltaSeconds(value: string | undefined): number | undefined {
  const text = value?.trim();
  return text !== undefined && /^\d{1,10}$/.test(text) ? Number(text) : undefined;
}
