import { describe, expect, it } from 'vitest';
import { SipMessageFramer } from '../../electron/sip/transport/sip-message-framer';
import { pointSdpAt } from './sip-media-detour';

const relayPorts = {
  rtp: { address: '127.0.0.1', port: 50000 },
  rtcp: { address: '127.0.0.1', port: 50001 },
};

function sipMessage(startLine: string, headers: string[], body: string): string {
  return [startLine, ...headers, `Content-Length: ${Buffer.byteLength(body)}`, '', body].join('\r\n');
}

const dialtoneOffer = [
  'v=0',
  'o=- 4242 1 IN IP4 127.0.0.1',
  's=-',
  'c=IN IP4 127.0.0.1',
  't=0 0',
  'm=audio 40000 RTP/AVP 0 8 101',
  'a=rtpmap:0 PCMU/8000',
  'a=rtpmap:101 telephone-event/8000',
  'a=rtcp:40001',
  'a=ptime:20',
  'a=sendrecv',
  '',
].join('\r\n');

/** Parses the rewritten message as Dialtone's transport would: one whole message, body by Content-Length. */
function reframed(message: string): string {
  const framer = new SipMessageFramer();
  framer.push(Buffer.from(`${message}OPTIONS sip:x SIP/2.0\r\nContent-Length: 0\r\n\r\n`));
  const first = framer.next();
  if (first?.type !== 'message') throw new Error('no message');
  return first.message;
}

describe('pointSdpAt', () => {
  it('points an offer’s audio at the relay, says where it was, and fixes Content-Length', () => {
    const invite = sipMessage(
      'INVITE sip:bob@127.0.0.1 SIP/2.0',
      ['Via: SIP/2.0/TCP 127.0.0.1;branch=z9hG4bK1', 'Content-Type: application/sdp'],
      dialtoneOffer.replace('s=-', 's=Café ☎'),
    );
    const pointed = pointSdpAt(invite, { rtp: relayPorts.rtp, rtcp: { address: '127.0.0.1', port: 50001 } });

    expect(pointed?.announced).toEqual({
      rtp: { address: '127.0.0.1', port: 40000 },
      rtcp: { address: '127.0.0.1', port: 40001 },
    });
    const body = pointed!.message.split('\r\n\r\n')[1]!;
    expect(body).toBe(
      dialtoneOffer
        .replace('s=-', 's=Café ☎')
        .replace('m=audio 40000', 'm=audio 50000')
        .replace('a=rtcp:40001', 'a=rtcp:50001'),
    );
    expect(pointed!.message).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(reframed(pointed!.message)).toBe(pointed!.message);
  });

  it('rewrites a media-level c= with the compact headers, RTCP given by address, and the implicit RTCP port', () => {
    const answer = [
      'v=0',
      'o=- 1 2 IN IP4 10.0.0.9',
      's=-',
      't=0 0',
      'm=audio 10234 RTP/AVP 0',
      'c=IN IP4 10.0.0.9',
      '',
    ];
    const response = [
      'SIP/2.0 200 OK',
      'c: application/sdp',
      `l: ${answer.join('\r\n').length}`,
      '',
      answer.join('\r\n'),
    ];
    const pointed = pointSdpAt(response.join('\r\n'), relayPorts);
    expect(pointed?.announced).toEqual({
      rtp: { address: '10.0.0.9', port: 10234 },
      rtcp: { address: '10.0.0.9', port: 10235 },
    });
    expect(pointed?.message).toContain('m=audio 50000 RTP/AVP 0\r\nc=IN IP4 127.0.0.1\r\n');
    expect(pointed?.message).toContain('o=- 1 2 IN IP4 10.0.0.9');

    const withAddress = dialtoneOffer.replace('a=rtcp:40001', 'a=rtcp:40011 IN IP4 10.0.0.7');
    const viaAddress = pointSdpAt(
      sipMessage('SIP/2.0 200 OK', ['Content-Type: application/sdp'], withAddress),
      relayPorts,
    );
    expect(viaAddress?.announced.rtcp).toEqual({ address: '10.0.0.7', port: 40011 });
    expect(viaAddress?.message).toContain('a=rtcp:50001 IN IP4 127.0.0.1');
  });

  it('sends RTCP with RTP when the stream multiplexes them', () => {
    const muxed = dialtoneOffer.replace('a=rtcp:40001', 'a=rtcp:40000\r\na=rtcp-mux');
    const pointed = pointSdpAt(sipMessage('SIP/2.0 200 OK', ['Content-Type: application/sdp'], muxed), relayPorts);
    expect(pointed?.announced.rtcp).toEqual({ address: '127.0.0.1', port: 40000 });
    expect(pointed?.message).toContain('a=rtcp:50000\r\na=rtcp-mux');
  });

  it('leaves alone messages without SDP, SDP without active audio, and a stream on hold at 0.0.0.0', () => {
    const register = sipMessage('REGISTER sip:127.0.0.1 SIP/2.0', ['Via: SIP/2.0/TCP x'], '');
    const text = sipMessage('MESSAGE sip:bob@x SIP/2.0', ['Content-Type: text/plain'], 'm=audio 1 RTP/AVP 0\r\n');
    const rejected = sipMessage(
      'SIP/2.0 200 OK',
      ['Content-Type: application/sdp'],
      dialtoneOffer.replace('40000', '0'),
    );
    const onHold = sipMessage(
      'INVITE sip:bob@x SIP/2.0',
      ['Content-Type: application/sdp'],
      dialtoneOffer.replace('c=IN IP4 127.0.0.1', 'c=IN IP4 0.0.0.0'),
    );
    for (const message of [register, text, rejected, onHold, 'not a SIP message']) {
      expect(pointSdpAt(message, relayPorts)).toBeUndefined();
    }
  });
});
