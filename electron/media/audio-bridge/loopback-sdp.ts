/**
 * The renderer's peer and ours talk over 127.0.0.1 only: any other candidate (a LAN address, an
 * mDNS .local name, TCP) is dropped from the SDP on both sides, so call audio never leaves the machine.
 */

export const loopbackAddress = '127.0.0.1';

/** `a=candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type> ...` */
export function isLoopbackUdpCandidate(line: string): boolean {
  const fields = line.slice('a=candidate:'.length).split(' ');
  return fields[2]?.toLowerCase() === 'udp' && fields[4] === loopbackAddress;
}

/** The SDP without its non-loopback candidates, and how many loopback candidates remain. */
export function keepLoopbackCandidates(sdp: string): { sdp: string; candidates: number } {
  const lines = sdp.split(/\r?\n/);
  const kept = lines.filter((line) => !line.startsWith('a=candidate:') || isLoopbackUdpCandidate(line));
  const candidates = kept.filter((line) => line.startsWith('a=candidate:')).length;
  return { sdp: kept.join('\r\n'), candidates };
}
