import net from 'node:net';
import tls from 'node:tls';
import { serverLabel, type NodeTransportOptions } from './node-transport-options';
import { createTransportError } from './transport-error';

/**
 * Starts a TCP or TLS connection; onReady runs once it can carry SIP (for TLS: handshake done,
 * certificate accepted). Failures surface as the socket's 'error' event, then 'close'.
 */
export function openSocket(options: NodeTransportOptions, onReady: () => void): net.Socket {
  const { host, port } = options.server;
  if (options.protocol === 'tcp') {
    const socket = net.connect({ host, port }, onReady);
    socket.setNoDelay(true);
    return socket;
  }
  const trust = options.tls ?? {};
  const pin = trust.pinnedCertSha256 === undefined ? undefined : normaliseFingerprint(trust.pinnedCertSha256);
  const name = trust.servername ?? host;
  const servername = net.isIP(name) ? undefined : name; // RFC 6066: SNI never carries an IP address
  const socket = tls.connect(
    {
      host,
      port,
      servername,
      // An account's own CA is added to Node's default trust, never put in its place.
      ca: trust.extraCaPem ? [...tls.getCACertificates('default'), trust.extraCaPem] : undefined,
      rejectUnauthorized: pin === undefined,
    },
    () => {
      const presented = socket.getPeerCertificate().fingerprint256;
      if (pin !== undefined && (!presented || normaliseFingerprint(presented) !== pin)) {
        socket.destroy(createTransportError('tls-certificate', serverLabel(options), 'CERT_PIN_MISMATCH'));
        return;
      }
      onReady();
    },
  );
  socket.setNoDelay(true);
  return socket;
}

function normaliseFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[:\s]/g, '').toLowerCase();
}
