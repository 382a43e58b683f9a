import { parse } from 'sdp-transform';
import { afterEach, describe, expect, it } from 'vitest';
import type { SrtpPolicy } from '../../shared/models/account';
import { MediaNegotiationError, type MediaSession } from './media-session-types';
import { formatKeyParams, generateMasterKey } from './srtp-keys';
import { openSession, remoteSdp } from './test-support/media-test-kit';

const open: MediaSession[] = [];
afterEach(async () => void (await Promise.all(open.splice(0).map((session) => session.close()))));

async function session(policy: SrtpPolicy) {
  const created = await openSession(policy);
  open.push(created);
  return created;
}

const audioOf = (sdp: string) => parse(sdp).media[0]!;
const key = () => formatKeyParams(generateMasterKey());

describe('our offer', () => {
  it.each([
    ['off', 'RTP/AVP', []],
    ['optional', 'RTP/AVP', ['AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32']],
    ['mandatory', 'RTP/SAVP', ['AES_CM_128_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_32']],
  ] as const)('with SRTP %s is %s with crypto %j', async (policy, protocol, suites) => {
    const offer = await (await session(policy)).createOffer('sendrecv');
    const description = parse(offer);
    const audio = description.media[0]!;
    expect(offer).toMatch(new RegExp(`^m=audio (\\d*[02468]) ${protocol} 0 8 101\\r$`, 'm'));
    expect(description.connection).toEqual({ version: 4, ip: '127.0.0.1' });
    expect(audio.rtp).toContainEqual({ payload: 101, codec: 'telephone-event', rate: 8000 });
    expect(audio.fmtp).toEqual([{ payload: 101, config: '0-16' }]);
    expect(audio.ptime).toBe(20);
    expect(audio.direction).toBe('sendrecv');
    expect(audio.rtcp?.port).toBe(audio.port + 1);
    expect(audio.rtcpMux).toBeUndefined();
    expect((audio.crypto ?? []).map((line) => [line.id, line.suite])).toEqual(suites.map((suite, i) => [i + 1, suite]));
    for (const line of audio.crypto ?? []) expect(Buffer.from(line.config.slice(7), 'base64')).toHaveLength(30);
  });

  it('keeps the o= version for an unchanged SDP and increments it for a change', async () => {
    const a = await session('off');
    const version = (sdp: string) => parse(sdp).origin.sessionVersion;
    const first = await a.createOffer('sendrecv');
    expect(version(await a.createOffer('sendrecv'))).toBe(version(first));
    expect(version(await a.createOffer('sendonly'))).toBe(version(first) + 1);
  });
});

describe('offer and answer between two sessions, per SRTP policy', () => {
  const cases: [SrtpPolicy, SrtpPolicy, 'rtp' | 'srtp' | 'answerer refuses' | 'offerer refuses'][] = [
    ['off', 'off', 'rtp'],
    ['off', 'optional', 'rtp'],
    ['off', 'mandatory', 'answerer refuses'],
    ['optional', 'off', 'rtp'],
    ['optional', 'optional', 'srtp'],
    ['optional', 'mandatory', 'srtp'],
    ['mandatory', 'off', 'answerer refuses'],
    ['mandatory', 'optional', 'srtp'],
    ['mandatory', 'mandatory', 'srtp'],
  ];
  it.each(cases)('offerer %s, answerer %s: %s', async (offerer, answerer, outcome) => {
    const a = await session(offerer);
    const b = await session(answerer);
    const offer = await a.createOffer('sendrecv');
    if (outcome === 'answerer refuses') {
      await expect(b.createAnswer(offer, 'sendrecv')).rejects.toBeInstanceOf(MediaNegotiationError);
      return;
    }
    const answer = await b.createAnswer(offer, 'sendrecv');
    a.applyAnswer(answer);
    const crypto = audioOf(answer).crypto ?? [];
    expect(audioOf(answer).protocol).toBe(audioOf(offer).protocol);
    expect(crypto).toHaveLength(outcome === 'srtp' ? 1 : 0);
    if (outcome === 'srtp') {
      expect(crypto[0]).toMatchObject({ id: 1, suite: 'AES_CM_128_HMAC_SHA1_80' });
      expect(crypto[0]!.config).not.toBe(audioOf(offer).crypto![0]!.config);
    }
    expect(a.direction).toBe('sendrecv');
    expect(b.direction).toBe('sendrecv');
  });

  it('an offerer with SRTP mandatory refuses an answer without crypto or with a tag it did not offer', async () => {
    const a = await session('mandatory');
    const offer = audioOf(await a.createOffer('sendrecv'));
    const plain = remoteSdp({ port: 4000, protocol: 'RTP/SAVP' });
    expect(() => a.applyAnswer(plain)).toThrow(MediaNegotiationError);
    await a.createOffer('sendrecv');
    const wrongTag = remoteSdp({
      port: 4000,
      protocol: 'RTP/SAVP',
      extra: [`a=crypto:7 AES_CM_128_HMAC_SHA1_80 ${key()}`],
    });
    expect(() => a.applyAnswer(wrongTag)).toThrow(MediaNegotiationError);
    await a.createOffer('sendrecv');
    const wrongSuite = remoteSdp({
      port: 4000,
      protocol: 'RTP/SAVP',
      extra: [`a=crypto:1 AES_CM_128_HMAC_SHA1_32 ${key()}`],
    });
    expect(() => a.applyAnswer(wrongSuite)).toThrow(MediaNegotiationError);
    await a.createOffer('sendrecv');
    expect(() => a.applyAnswer(remoteSdp({ port: 4000 }))).toThrow(MediaNegotiationError);
    expect(offer.protocol).toBe('RTP/SAVP');
  });

  it('an optional offerer falls back to RTP when the answer has no crypto', async () => {
    const a = await session('optional');
    await a.createOffer('sendrecv');
    a.applyAnswer(remoteSdp({ port: 4000 }));
    expect(a.direction).toBe('sendrecv');
  });

  it('refuses an answer without an offer, and accepts a second answer to the same offer (183, then 200)', async () => {
    const a = await session('off');
    expect(() => a.applyAnswer(remoteSdp({ port: 4000 }))).toThrow(/No offer/);
    await a.createOffer('sendrecv');
    a.applyAnswer(remoteSdp({ port: 4000, payloads: '8' }));
    expect(a.port.codec).toBe('PCMA');
    a.applyAnswer(remoteSdp({ port: 4002, payloads: '0' }));
    expect(a.port.codec).toBe('PCMU');
    await a.createAnswer(remoteSdp({ port: 4000 }), 'sendrecv');
    expect(() => a.applyAnswer(remoteSdp({ port: 4000 }))).toThrow(/No offer/);
  });
});

describe('answering a far end', () => {
  it('chooses the first G.711 codec of the offer and reuses its telephone-event type and crypto tag', async () => {
    const b = await session('mandatory');
    const offer = remoteSdp({
      port: 5000,
      protocol: 'RTP/SAVP',
      payloads: '18 8 0 96',
      extra: [
        'a=rtpmap:96 telephone-event/8000',
        'a=fmtp:96 0-15',
        `a=crypto:3 AES_256_CM_HMAC_SHA1_80 inline:${Buffer.alloc(46).toString('base64')}`,
        `a=crypto:4 AES_CM_128_HMAC_SHA1_80 ${key()}|1:4`,
        `a=crypto:5 AES_CM_128_HMAC_SHA1_32 ${key()}|2^31`,
      ],
    }).replace('a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\n', '');
    const answer = audioOf(await b.createAnswer(offer, 'sendrecv'));
    expect(answer.payloads).toBe('8 96');
    expect(answer.rtp).toContainEqual({ payload: 96, codec: 'telephone-event', rate: 8000 });
    expect(answer.crypto).toHaveLength(1);
    expect(answer.crypto![0]).toMatchObject({ id: 5, suite: 'AES_CM_128_HMAC_SHA1_32' });
    expect(b.port.codec).toBe('PCMA');
    expect(b.telephoneEventNegotiated).toBe(true);
  });

  it('refuses offers without G.711, without audio or that cannot be parsed', async () => {
    const b = await session('optional');
    await expect(b.createAnswer(remoteSdp({ port: 5000, payloads: '18' }), 'sendrecv')).rejects.toThrow(
      /PCMU nor PCMA/,
    );
    await expect(b.createAnswer(remoteSdp({ port: 5000, protocol: 'UDP/TLS/RTP/SAVPF' }), 'sendrecv')).rejects.toThrow(
      MediaNegotiationError,
    );
    await expect(b.createAnswer('garbage', 'sendrecv')).rejects.toThrow(MediaNegotiationError);
  });

  it('answers other streams with port 0 and answers rtcp-mux with rtcp-mux', async () => {
    const b = await session('off');
    const offer =
      remoteSdp({ port: 5000, extra: ['a=rtcp-mux'] }) + 'm=video 5002 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n';
    const answer = parse(await b.createAnswer(offer, 'sendrecv'));
    expect(answer.media.map((media) => [media.type, media.port === 0])).toEqual([
      ['audio', false],
      ['video', true],
    ]);
    expect(answer.media[0]!.rtcpMux).toBe('rtcp-mux');
    expect(answer.media[0]!.rtcp).toBeUndefined();
  });

  it('without telephone-event in the offer, DTMF is refused so SIP INFO can take over', async () => {
    const b = await session('off');
    await b.createAnswer(remoteSdp({ port: 5000, payloads: '0' }), 'sendrecv');
    expect(b.telephoneEventNegotiated).toBe(false);
    await expect(b.sendDtmf('1')).rejects.toThrow(/telephone-event/);
  });
});

describe('hold', () => {
  it.each([
    ['sendonly', 'recvonly'],
    ['recvonly', 'sendonly'],
    ['inactive', 'inactive'],
    ['sendrecv', 'sendrecv'],
  ] as const)('a far end offering %s gets %s', async (remote, ours) => {
    const b = await session('off');
    const answer = await b.createAnswer(remoteSdp({ port: 5000, direction: remote }), 'sendrecv');
    expect(audioOf(answer).direction).toBe(ours);
    expect(b.direction).toBe(ours);
  });

  it('treats a zero connection address as hold', async () => {
    const b = await session('off');
    const answer = await b.createAnswer(remoteSdp({ port: 5000, address: '0.0.0.0' }), 'sendrecv');
    expect(audioOf(answer).direction).toBe('recvonly');
  });

  it('our hold offer is sendonly, or inactive while the far end holds us', async () => {
    const a = await session('off');
    expect(audioOf(await a.createOffer('sendonly')).direction).toBe('sendonly');
    a.applyAnswer(remoteSdp({ port: 5000, direction: 'recvonly' }));
    expect(a.direction).toBe('sendonly');
    await a.createAnswer(remoteSdp({ port: 5000, direction: 'sendonly' }), 'sendrecv');
    expect(a.direction).toBe('recvonly');
    expect(audioOf(await a.createOffer('sendonly')).direction).toBe('inactive');
  });

  it('holding while the far end offers hold too gives inactive', async () => {
    const b = await session('off');
    const answer = await b.createAnswer(remoteSdp({ port: 5000, direction: 'sendonly' }), 'sendonly');
    expect(audioOf(answer).direction).toBe('inactive');
  });
});
