import net from 'node:net';
import type { Logger } from '../../logging/logger';

export type TlsTrust = {
  /** SNI and the name the certificate must carry; defaults to the host when it is a name. */
  servername?: string;
  /** One more CA to trust (a private PBX), in addition to the default ones. */
  extraCaPem?: string;
  /** Accept exactly this leaf certificate (SHA-256, hex, colons optional) instead of CA checks. */
  pinnedCertSha256?: string;
};

export type NodeTransportOptions = {
  server: { host: string; port: number };
  protocol: 'tcp' | 'tls';
  tls?: TlsTrust;
  /** Default 10 s, TCP and TLS handshakes included. */
  connectTimeoutMs?: number;
  /** RFC 5626 CRLFCRLF ping interval; default 25 s, 0 turns keep-alive off. */
  keepAliveIntervalMs?: number;
  /** How long a ping may go unanswered before the connection counts as lost; default 10 s. */
  keepAliveTimeoutMs?: number;
  /** Takes precedence over the logger sip.js passes to the constructor. */
  logger?: Logger;
};

export const serverLabel = ({ server }: NodeTransportOptions) =>
  net.isIPv6(server.host) ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
