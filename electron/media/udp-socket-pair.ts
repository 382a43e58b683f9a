import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import type { Logger } from '../logging/logger';
import type { Endpoint } from './sdp-remote';

export type DatagramListener = (datagram: Buffer, from: Endpoint) => void;

/** RTP on an even port and RTCP on the next one (RFC 3550 section 11), with guarded send and close. */
export interface UdpSocketPair {
  readonly rtpPort: number;
  readonly rtcpPort: number;
  sendRtp(datagram: Uint8Array, to: Endpoint): void;
  sendRtcp(datagram: Uint8Array, to: Endpoint): void;
  onRtp(listener: DatagramListener): void;
  onRtcp(listener: DatagramListener): void;
  close(): Promise<void>;
}

function bind(address: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket({ type: 'udp4' });
    socket.once('error', (error) => {
      socket.close();
      reject(error);
    });
    socket.bind(port, address, () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

function closeSocket(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    try {
      socket.close(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** Binds an even port chosen by the system and port+1, retrying until both are free. */
export async function bindSocketPair(address: string, logger: Logger, attempts = 40): Promise<UdpSocketPair> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const rtp = await bind(address, 0);
    const port = rtp.address().port;
    if (port % 2 !== 0 || port === 65535) {
      await closeSocket(rtp);
      continue;
    }
    const rtcp = await bind(address, port + 1).catch(() => undefined);
    if (!rtcp) {
      await closeSocket(rtp);
      continue;
    }
    return wrap(rtp, rtcp, logger);
  }
  throw new Error(`Could not bind an RTP/RTCP port pair on ${address}`);
}

function wrap(rtp: Socket, rtcp: Socket, logger: Logger): UdpSocketPair {
  let closed = false;
  const rtpListeners: DatagramListener[] = [];
  const rtcpListeners: DatagramListener[] = [];
  const dispatch = (listeners: DatagramListener[]) => (datagram: Buffer, info: RemoteInfo) => {
    if (closed) return;
    const from = { address: info.address, port: info.port };
    for (const listener of listeners) {
      try {
        listener(datagram, from);
      } catch (error) {
        logger.error('Media packet handler failed', { error: String(error) });
      }
    }
  };
  const send = (socket: Socket, datagram: Uint8Array, to: Endpoint) => {
    if (closed) return;
    try {
      socket.send(datagram, to.port, to.address, (error) => {
        if (error && !closed)
          logger.debug('Media send failed', { to: `${to.address}:${to.port}`, error: error.message });
      });
    } catch (error) {
      logger.debug('Media send failed', { error: String(error) });
    }
  };
  for (const socket of [rtp, rtcp]) {
    socket.on('error', (error) => logger.warn('Media socket error', { error: error.message }));
  }
  rtp.on('message', dispatch(rtpListeners));
  rtcp.on('message', dispatch(rtcpListeners));
  return {
    rtpPort: rtp.address().port,
    rtcpPort: rtcp.address().port,
    sendRtp: (datagram, to) => send(rtp, datagram, to),
    sendRtcp: (datagram, to) => send(rtcp, datagram, to),
    onRtp: (listener) => void rtpListeners.push(listener),
    onRtcp: (listener) => void rtcpListeners.push(listener),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([closeSocket(rtp), closeSocket(rtcp)]);
    },
  };
}
