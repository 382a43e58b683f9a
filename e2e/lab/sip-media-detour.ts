import type { MediaEndpoints, UdpImpairmentRelay } from './udp-impairment-relay';

/** What a SIP-aware TCP relay does to each whole message, one function per direction. */
export interface SipRewrite {
  toServer(message: string): string;
  toClient(message: string): string;
}

export interface PointedSdp {
  message: string;
  /** Where the SDP said the stream was before: where the relay must send it. */
  announced: MediaEndpoints;
}

const headerEnd = '\r\n\r\n';

/**
 * If `message` carries an SDP with an active audio stream, points that stream (its c=, or the
 * session's when it has none; m=audio; a=rtcp) at `to` and fixes Content-Length; nothing else
 * changes. Undefined for any other message, and for an audio stream on hold at 0.0.0.0.
 */
export function pointSdpAt(message: string, to: MediaEndpoints): PointedSdp | undefined {
  const split = message.indexOf(headerEnd);
  if (split < 0) return undefined;
  const headers = message.slice(0, split).split('\r\n');
  const body = message.slice(split + headerEnd.length);
  const contentType = headerValue(headers, 'content-type', 'c');
  if (!contentType?.toLowerCase().startsWith('application/sdp') || body === '') return undefined;

  const lines = body.split('\r\n');
  const audioStart = lines.findIndex((line) => /^m=audio [1-9]\d* /.test(line));
  if (audioStart < 0) return undefined;
  const nextMedia = lines.findIndex((line, index) => index > audioStart && line.startsWith('m='));
  const audioEnd = nextMedia < 0 ? lines.length : nextMedia;
  const mediaConnection = lines.findIndex(
    (line, index) => index > audioStart && index < audioEnd && line.startsWith('c='),
  );
  const sessionConnection = lines.findIndex((line, index) => index < audioStart && line.startsWith('c='));
  const connection = mediaConnection >= 0 ? mediaConnection : sessionConnection;
  const address = /^c=IN IP4 (\S+)/.exec(lines[connection] ?? '')?.[1];
  if (!address || address === '0.0.0.0') return undefined;

  const rtpPort = Number(/^m=audio (\d+)/.exec(lines[audioStart]!)![1]);
  const section = lines.slice(audioStart, audioEnd);
  const mux = section.includes('a=rtcp-mux');
  const rtcpIndex = section.findIndex((line) => line.startsWith('a=rtcp:'));
  const rtcpLine = /^a=rtcp:(\d+)(?: IN IP4 (\S+))?/.exec(section[rtcpIndex] ?? '');
  const announced: MediaEndpoints = {
    rtp: { address, port: rtpPort },
    rtcp: mux
      ? { address, port: rtpPort }
      : { address: rtcpLine?.[2] ?? address, port: rtcpLine ? Number(rtcpLine[1]) : rtpPort + 1 },
  };

  const rtcpTarget = mux ? to.rtp : to.rtcp;
  lines[connection] = `c=IN IP4 ${to.rtp.address}`;
  lines[audioStart] = lines[audioStart]!.replace(/^m=audio \d+/, `m=audio ${to.rtp.port}`);
  if (rtcpLine) {
    lines[audioStart + rtcpIndex] = `a=rtcp:${rtcpTarget.port}${rtcpLine[2] ? ` IN IP4 ${rtcpTarget.address}` : ''}`;
  }
  const newBody = lines.join('\r\n');
  const newHeaders = headers.map((line) =>
    /^(content-length|l)\s*:/i.test(line) ? `${line.slice(0, line.indexOf(':'))}: ${Buffer.byteLength(newBody)}` : line,
  );
  return { message: `${newHeaders.join('\r\n')}${headerEnd}${newBody}`, announced };
}

function headerValue(headers: string[], name: string, compact: string): string | undefined {
  for (const line of headers.slice(1)) {
    const colon = line.indexOf(':');
    const key = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    if (key === name || key === compact) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/**
 * Puts `relay` in the media path of calls whose signalling passes a SIP-aware TCP relay: the
 * client's SDP (Dialtone's, side A) is pointed at the relay's B-facing ports and the server's
 * (the far end's, side B) at its A-facing ones, and the relay learns where each side really is.
 * Plain SIP over TCP only: TLS would hide the SDP, and SDES keys ride along untouched.
 */
export function sipMediaDetour(relay: UdpImpairmentRelay): SipRewrite {
  const host = '127.0.0.1';
  const facing = (ports: { rtp: number; rtcp: number }): MediaEndpoints => ({
    rtp: { address: host, port: ports.rtp },
    rtcp: { address: host, port: ports.rtcp },
  });
  const detour = (message: string, side: 'a' | 'b') => {
    const pointed = pointSdpAt(message, facing(side === 'a' ? relay.facingB : relay.facingA));
    if (!pointed) return message;
    relay.setEndpoints(side, pointed.announced);
    return pointed.message;
  };
  return { toServer: (message) => detour(message, 'a'), toClient: (message) => detour(message, 'b') };
}
