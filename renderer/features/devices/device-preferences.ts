/** The settings keep at most this many names per list. */
export const maxRememberedDevices = 20;

/** Puts a name first, keeping the others in order: the device a person just chose wins. */
export function preferFirst(names: readonly string[], name: string): string[] {
  return [name, ...names.filter((known) => known !== name)].slice(0, maxRememberedDevices);
}

/**
 * The ringer list after a person ticks or unticks a device. `ringing` are the names ringing now
 * (which may be the speaker standing in for an empty list); they become explicit choices so that
 * ticking a second device keeps the first one ringing.
 */
export function toggleRinger(
  remembered: readonly string[],
  ringing: readonly string[],
  name: string,
  on: boolean,
): string[] {
  const merged = [...remembered, ...ringing.filter((known) => !remembered.includes(known))];
  if (!on) return merged.filter((known) => known !== name);
  return preferFirst(merged, name);
}
