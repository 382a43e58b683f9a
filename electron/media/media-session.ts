import type { Logger } from '../logging/logger';
import type { MediaSession, MediaSessionOptions } from './media-session-types';
import { mediaDefaults, RtpMediaSession } from './rtp-media-session';
import { createStunClient } from './stun-client';
import { StunMapping, type MediaAddresses } from './stun-mapping';
import { bindSocketPair } from './udp-socket-pair';

/** Binds the RTP/RTCP ports (and asks STUN for their public address) and returns the call's media leg. */
export async function createMediaSession(options: MediaSessionOptions, logger: Logger): Promise<MediaSession> {
  const log = logger.child('media');
  const sockets = await bindSocketPair(options.bindAddress, log);
  let addresses: MediaAddresses = {
    rtp: { address: options.advertisedAddress, port: sockets.rtpPort },
    rtcp: { address: options.advertisedAddress, port: sockets.rtcpPort },
  };
  const stunClients = {
    rtp: createStunClient((datagram, to) => sockets.sendRtp(datagram, to)),
    rtcp: createStunClient((datagram, to) => sockets.sendRtcp(datagram, to)),
  };
  sockets.onRtp((datagram) => void stunClients.rtp.handle(datagram));
  sockets.onRtcp((datagram) => void stunClients.rtcp.handle(datagram));
  let stun: StunMapping | undefined;
  if (options.stunServer) {
    stun = new StunMapping(options.stunServer, stunClients, log, mediaDefaults.stunTimeoutMs);
    addresses = await stun.discover(addresses);
    stun.startRefresh(
      options.stunRefreshMs ?? mediaDefaults.stunRefreshMs,
      (next) => (addresses = next),
      () => addresses,
    );
  }
  return new RtpMediaSession(options, sockets, () => addresses, stun, log);
}
