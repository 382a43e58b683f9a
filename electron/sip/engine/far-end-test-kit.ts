import type { SipWire } from '../transport/memory-transport-test-kit';
import {
  newBranch,
  newTag,
  parseSipText,
  sipMessage,
  tagOf,
  uriOf,
  type HeaderList,
  type SipText,
} from './sip-text-test-kit';

// Captured before any test fakes the clock: waiting for a message is measured in real time.
const realSetTimeout = setTimeout;
const realClearTimeout = clearTimeout;

export type Match = (message: SipText) => boolean;
export const isRequest =
  (method: string): Match =>
  (message) =>
    message.method === method;
export const isResponse =
  (status: number, method = 'INVITE'): Match =>
  (message) =>
    message.status === status && message.cseq.method === method;

/** Where the far end says it is, in memory (a lab far end passes its own). */
const memoryAddress = { contact: '<sip:far@127.0.0.1:5070;transport=tcp>', via: '127.0.0.1:5070' };

/** Requests inside one call, from the far end to the phone, with their own CSeq count. */
export interface FarEndDialog {
  callId: string;
  /** Sends a request in the dialog and returns what was sent. */
  request(method: string, headers?: HeaderList, body?: string, contentType?: string): SipText;
  /** ACK for the 2xx to the far end's INVITE with this CSeq number. */
  ack(cseq: number, body?: string): void;
}

/**
 * Test-only: the test plays the SIP server and the phone at the other end. It reads what Dialtone
 * sends (in order, each message once) and writes exact SIP back over a wire (in memory, or a
 * real connection).
 */
export function farEnd(wire: SipWire, address: { contact: string; via: string } = memoryAddress) {
  const received: SipText[] = [];
  const unread: SipText[] = [];
  const waiting: { match: Match; resolve: (message: SipText) => void }[] = [];
  const automatic: { match: Match; status: number; reason: string }[] = [];

  wire.onMessage((raw) => {
    if (raw.trim() === '') return; // keep-alive
    const message = parseSipText(raw);
    received.push(message);
    const rule = automatic.find((candidate) => candidate.match(message));
    if (rule) return void reply(message, rule.status, rule.reason);
    const waiter = waiting.find((candidate) => candidate.match(message));
    if (waiter) {
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(message);
    } else unread.push(message);
  });

  function next(match: Match, what = 'a SIP message', timeoutMs = 5000): Promise<SipText> {
    const ready = unread.find(match);
    if (ready) {
      unread.splice(unread.indexOf(ready), 1);
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) => {
      const timer = realSetTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        const seen = received.map(
          (message) => `  ${message.startLine} (${message.cseq.number} ${message.cseq.method})`,
        );
        reject(new Error(`The far end waited ${timeoutMs} ms for ${what}; it received:\n${seen.join('\n')}`));
      }, timeoutMs);
      const entry = {
        match,
        resolve: (message: SipText) => {
          realClearTimeout(timer);
          resolve(message);
        },
      };
      waiting.push(entry);
    });
  }

  /** Answers a request from the phone; responses above 100 get a To tag when the request had none. */
  function reply(request: SipText, status: number, reason: string, extra: ReplyExtras = {}): SipText {
    const to = request.header('to') ?? '';
    const toTag = extra.toTag ?? 'far-tag';
    // A proxy's Record-Route comes back in the responses that make the dialog (RFC 3261 12.1.1).
    const makesDialog = request.method === 'INVITE' && status > 100 && status < 300;
    const headers: HeaderList = [
      ...request.headers('via').map((via) => `Via: ${via}`),
      ...(makesDialog ? request.headers('record-route').map((route) => `Record-Route: ${route}`) : []),
      `From: ${request.header('from')}`,
      `To: ${status > 100 && !tagOf(to) ? `${to};tag=${toTag}` : to}`,
      `Call-ID: ${request.callId}`,
      `CSeq: ${request.cseq.number} ${request.cseq.method}`,
      ...(extra.headers ?? []),
    ];
    const text = sipMessage(`SIP/2.0 ${status} ${reason}`, headers, extra.body, extra.contentType);
    wire.send(text);
    return parseSipText(text);
  }

  function dialog(state: {
    callId: string;
    local: string;
    remote: string;
    target: string;
    cseq: number;
    routes: string[];
  }) {
    let cseq = state.cseq;
    const headersFor = (number: number, method: string): HeaderList => [
      `Via: SIP/2.0/TCP ${address.via};branch=${newBranch()};rport`,
      ...state.routes.map((route) => `Route: ${route}`),
      'Max-Forwards: 70',
      `From: ${state.local}`,
      `To: ${state.remote}`,
      `Call-ID: ${state.callId}`,
      `CSeq: ${number} ${method}`,
    ];
    const result: FarEndDialog = {
      callId: state.callId,
      request(method, headers = [], body = '', contentType) {
        const text = sipMessage(
          `${method} ${state.target} SIP/2.0`,
          [...headersFor(++cseq, method), `Contact: ${address.contact}`, ...headers],
          body,
          contentType,
        );
        wire.send(text);
        return parseSipText(text);
      },
      ack(number, body = '') {
        wire.send(sipMessage(`ACK ${state.target} SIP/2.0`, headersFor(number, 'ACK'), body));
      },
    };
    return result;
  }

  return {
    /** Everything the phone sent so far, in order. */
    received,
    next,
    reply,
    send: (text: string) => wire.send(text),
    /** From now on, requests that match are answered at once (they are still in received). */
    answerAutomatically(match: Match, status: number, reason: string): void {
      automatic.push({ match, status, reason });
    },
    /** The far end's side of a call the phone placed, once it answered the INVITE with this To tag. */
    dialogOfInvite(invite: SipText, toTag = 'far-tag'): FarEndDialog {
      return dialog({
        callId: invite.callId,
        local: `${invite.header('to')};tag=${toTag}`,
        remote: invite.header('from') ?? '',
        target: uriOf(invite.header('contact')),
        cseq: 100,
        routes: invite.headers('record-route'),
      });
    },
    /** Calls the phone; resolves with the INVITE sent, and the dialog once the phone answered 2xx. */
    invite(options: { to: string; headers?: HeaderList; sdp?: string }) {
      const callId = `${newTag()}@far`;
      const from = `"Far End" <sip:far@127.0.0.1>;tag=${newTag()}`;
      const text = sipMessage(
        `INVITE ${options.to} SIP/2.0`,
        [
          `Via: SIP/2.0/TCP ${address.via};branch=${newBranch()};rport`,
          'Max-Forwards: 70',
          `From: ${from}`,
          `To: <${options.to}>`,
          `Call-ID: ${callId}`,
          'CSeq: 1 INVITE',
          `Contact: ${address.contact}`,
          ...(options.headers ?? []),
        ],
        options.sdp ?? '',
      );
      wire.send(text);
      return {
        request: parseSipText(text),
        /** The far end's dialog after the phone's 2xx (which it ACKs). */
        answeredBy(ok: SipText): FarEndDialog {
          const result = dialog({
            callId,
            local: from,
            remote: ok.header('to') ?? '',
            target: uriOf(ok.header('contact')),
            cseq: 1,
            routes: ok.headers('record-route').reverse(),
          });
          result.ack(1);
          return result;
        },
      };
    },
  };
}

export type FarEnd = ReturnType<typeof farEnd>;

export interface ReplyExtras {
  headers?: HeaderList;
  body?: string;
  contentType?: string;
  /** The far end's tag for the dialog (default 'far-tag'). */
  toTag?: string;
}
