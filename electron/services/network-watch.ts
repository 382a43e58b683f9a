import { networkInterfaces } from 'node:os';

/** The machine's addresses, in a stable order: a change means the network moved under us. */
export function addressFingerprint(interfaces = networkInterfaces()): string {
  return Object.entries(interfaces)
    .flatMap(([name, entries]) =>
      (entries ?? []).filter((entry) => !entry.internal).map((entry) => `${name}/${entry.address}`),
    )
    .sort()
    .join(',');
}

/**
 * Calls onChange when the machine's network addresses change (Wi-Fi to cable, VPN up, new DHCP
 * lease), so the line reconnects at once instead of waiting for its keep-alive to fail.
 */
export function watchNetwork(onChange: () => void, intervalMs = 5000, read = addressFingerprint): () => void {
  let last = read();
  const timer = setInterval(() => {
    const next = read();
    if (next === last) return;
    last = next;
    onChange();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
