import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SipFramingError, SipMessageFramer, type FramedItem } from './sip-message-framer';

const bytes = (text: string) => Buffer.from(text, 'utf8');

function sipMessage(body = '', lengthHeader = 'Content-Length', startLine = 'OPTIONS sip:alice@example.com SIP/2.0') {
  return `${startLine}\r\nCall-ID: x1\r\n${lengthHeader}: ${bytes(body).length}\r\n\r\n${body}`;
}

/** Pushes each chunk and drains; a framing error ends the list as { type: 'error' }. */
function frame(chunks: Uint8Array[], framer = new SipMessageFramer()) {
  const items: (FramedItem | { type: 'error'; reason: string })[] = [];
  try {
    for (const chunk of chunks) {
      framer.push(chunk);
      for (let item = framer.next(); item; item = framer.next()) items.push(item);
    }
  } catch (error) {
    if (!(error instanceof SipFramingError)) throw error;
    items.push({ type: 'error', reason: error.reason });
  }
  return items;
}

/** The framing error a stream ends in. */
function frameError(data: Uint8Array): SipFramingError {
  const framer = new SipMessageFramer();
  framer.push(data);
  try {
    while (framer.next());
  } catch (error) {
    if (error instanceof SipFramingError) return error;
    throw error;
  }
  throw new Error('The stream framed without an error');
}

const messages = (...texts: string[]) => texts.map((message) => ({ type: 'message', message }));

function splitAt(data: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((cut) => cut % (data.length + 1)))].sort((a, b) => a - b);
  return [...points, data.length].map((end, i) => data.subarray(i === 0 ? 0 : points[i - 1], end));
}

describe('SipMessageFramer', () => {
  it('frames one message, several in one chunk, and one split at every byte', () => {
    const a = sipMessage('hello');
    const b = sipMessage('', 'Content-Length', 'SIP/2.0 200 OK');
    expect(frame([bytes(a)])).toEqual(messages(a));
    expect(frame([bytes(a + b + a)])).toEqual(messages(a, b, a));
    const whole = bytes(a + b);
    for (let cut = 0; cut <= whole.length; cut++) {
      expect(frame([whole.subarray(0, cut), whole.subarray(cut)])).toEqual(messages(a, b));
    }
    expect(frame([...whole].map((byte) => Uint8Array.of(byte)))).toEqual(messages(a, b));
  });

  it('keeps any series of messages intact however the stream is cut', () => {
    const lengthHeader = fc.constantFrom(
      'Content-Length',
      'content-length',
      'CONTENT-LENGTH',
      'l',
      'L',
      'Content-Length   ',
    );
    const message = fc
      .tuple(fc.string({ unit: 'grapheme', maxLength: 60 }), lengthHeader)
      .map(([body, header]) => sipMessage(body, header));
    fc.assert(
      fc.property(
        fc.array(message, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (all, cuts) => {
          expect(frame(splitAt(bytes(all.join('')), cuts))).toEqual(messages(...all));
        },
      ),
    );
  });

  it('counts Content-Length in bytes and decodes UTF-8 split across chunks', () => {
    const body = 'Grüße ☎ 大停電 😀';
    const text = sipMessage(body);
    expect(bytes(body).length).toBeGreaterThan(body.length);
    const whole = bytes(text);
    for (let cut = whole.length - bytes(body).length; cut <= whole.length; cut++) {
      expect(frame([whole.subarray(0, cut), whole.subarray(cut)])).toEqual(messages(text));
    }
  });

  it('reads compact, oddly cased, spaced and folded Content-Length headers', () => {
    for (const header of ['l: 3', 'L:3', 'content-LENGTH   :   3', 'Content-Length:\r\n  3']) {
      const text = `MESSAGE sip:a@b SIP/2.0\r\n${header}\r\n\r\nabc`;
      expect(frame([bytes(text + text)])).toEqual(messages(text, text));
    }
  });

  it('takes a message without Content-Length to have no body (RFC 3261 18.3)', () => {
    const bare = 'OPTIONS sip:a@b SIP/2.0\r\nCall-ID: 1\r\n\r\n';
    const next = sipMessage('x');
    expect(frame([bytes(bare + next)])).toEqual(messages(bare, next));
  });

  it('accepts a repeated Content-Length with the same value', () => {
    const text = 'OPTIONS sip:a@b SIP/2.0\r\nContent-Length: 2\r\nl: 02\r\n\r\nok';
    expect(frame([bytes(text)])).toEqual(messages(text));
  });

  it('reports CRLFCRLF as a ping, a lone CRLF as a pong, and skips them before messages', () => {
    const a = sipMessage('x');
    expect(frame([bytes('\r\n\r\n')])).toEqual([{ type: 'ping' }]);
    expect(frame([bytes('\r\n')])).toEqual([{ type: 'pong' }]);
    expect(frame([bytes(`\r\n${a}\r\n\r\n${a}\r\n\r\n\r\n`)])).toEqual([
      { type: 'pong' },
      ...messages(a),
      { type: 'ping' },
      ...messages(a),
      { type: 'ping' },
      { type: 'pong' },
    ]);
  });

  it('waits on a partial ping, except that a ping cut in half reads as two pongs', () => {
    expect(frame([bytes('\r'), bytes('\n\r\n')])).toEqual([{ type: 'ping' }]);
    expect(frame([bytes('\r\n\r'), bytes('\n')])).toEqual([{ type: 'ping' }]);
    expect(frame([bytes('\r\n'), bytes('\r\n')])).toEqual([{ type: 'pong' }, { type: 'pong' }]);
  });

  it('rejects bad Content-Length values', () => {
    const withLength = (...values: string[]) =>
      bytes(`INVITE sip:a@b SIP/2.0\r\n${values.map((v) => `Content-Length: ${v}\r\n`).join('')}\r\nbody`);
    expect(frame([withLength('-999')])).toEqual([{ type: 'error', reason: 'invalid-content-length' }]);
    expect(frame([withLength('ten')])).toEqual([{ type: 'error', reason: 'invalid-content-length' }]);
    expect(frame([withLength('')])).toEqual([{ type: 'error', reason: 'invalid-content-length' }]);
    expect(frame([withLength('4, 4')])).toEqual([{ type: 'error', reason: 'invalid-content-length' }]);
    expect(frame([withLength('13', '5')])).toEqual([{ type: 'error', reason: 'conflicting-content-length' }]);
    expect(frame([withLength('65537')])).toEqual([{ type: 'error', reason: 'message-too-large' }]);
    expect(frame([withLength('9'.repeat(400))])).toEqual([{ type: 'error', reason: 'message-too-large' }]);
  });

  it('allows a message of exactly 64 KiB and no more', () => {
    const head = (length: number) => `MESSAGE sip:a@b SIP/2.0\r\nl: ${length}\r\n\r\n`;
    const bodyLength = 65536 - head(65000).length;
    const fits = head(bodyLength) + 'x'.repeat(bodyLength);
    expect(bytes(fits).length).toBe(65536);
    expect(frame([bytes(fits)])).toEqual(messages(fits));
    expect(frame([bytes(head(bodyLength + 1))])).toEqual([{ type: 'error', reason: 'message-too-large' }]);
    const start = 'OPTIONS sip:a@b SIP/2.0\r\nX: ';
    const onlyHeaders = `${start}${'y'.repeat(65536 - start.length - 4)}\r\n\r\n`;
    expect(bytes(onlyHeaders).length).toBe(65536);
    expect(frame([bytes(onlyHeaders)])).toEqual(messages(onlyHeaders));
  });

  it('keeps at most 65,535 bytes waiting for the end of the headers: one more fails the stream', () => {
    const framer = new SipMessageFramer();
    const start = 'INVITE sip:a@b SIP/2.0\r\nX: ';
    expect(frame([bytes(start + 'y'.repeat(65535 - start.length))], framer)).toEqual([]);
    expect(framer.bufferedBytes).toBe(65535);
    expect(frame([bytes('y')], framer)).toEqual([{ type: 'error', reason: 'headers-too-large' }]);
  });

  it('says why it gave up on the stream, quoting at most 40 characters of what the peer sent', () => {
    const failure = (text: string) => frameError(bytes(text)).message;
    expect(failure(`INVITE sip:a@b SIP/2.0\r\nl: ${'9x'.repeat(5000)}\r\n\r\n`)).toBe(
      `SIP framing error (invalid-content-length): "${'9x'.repeat(20)}"`,
    );
    expect(failure('INVITE sip:a@b SIP/2.0\r\nl: 13\r\nContent-Length: 5\r\n\r\n')).toBe(
      'SIP framing error (conflicting-content-length): 13 and 5',
    );
    const tooLarge = 'INVITE sip:a@b SIP/2.0\r\nl: 65537\r\n\r\n';
    expect(failure(tooLarge)).toBe(
      `SIP framing error (message-too-large): ${tooLarge.length + 65537} bytes, the limit is 65536`,
    );
    const longHeaders = `INVITE sip:a@b SIP/2.0\r\nX: ${'y'.repeat(70000)}`;
    expect(failure(longHeaders)).toBe('SIP framing error (headers-too-large): no end of headers within 65536 bytes');
    expect(failure(`${longHeaders}\r\n\r\n`)).toBe(
      `SIP framing error (headers-too-large): ${longHeaders.length + 4} bytes of headers`,
    );
  });

  it('fails once 64 KiB arrive without the end of the headers, without buffering more', () => {
    const framer = new SipMessageFramer();
    const start = bytes(`INVITE sip:a@b SIP/2.0\r\nX: ${'y'.repeat(65000)}`);
    expect(frame([start], framer)).toEqual([]);
    expect(framer.bufferedBytes).toBe(start.length);
    expect(frame([bytes('y'.repeat(1000))], framer)).toEqual([{ type: 'error', reason: 'headers-too-large' }]);
    expect(framer.bufferedBytes).toBe(0);
    const longHeaders = bytes(`INVITE sip:a@b SIP/2.0\r\nX: ${'y'.repeat(70000)}\r\n\r\n`);
    expect(frame([longHeaders])).toEqual([{ type: 'error', reason: 'headers-too-large' }]);
  });

  it('hands out the messages before a framing error, then keeps failing and ignores more data', () => {
    const framer = new SipMessageFramer();
    const good = sipMessage('ok');
    framer.push(bytes(`${good}INVITE sip:a@b SIP/2.0\r\nl: -1\r\n\r\n`));
    expect(framer.next()).toEqual({ type: 'message', message: good });
    expect(() => framer.next()).toThrow(SipFramingError);
    framer.push(bytes(good));
    expect(framer.bufferedBytes).toBe(0);
    expect(() => framer.next()).toThrow(/invalid-content-length/);
  });

  it('survives any byte stream: only framing errors, never more than the limit buffered', () => {
    const limit = 300;
    const fragment = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .constantFrom('\r\n', '\r\n\r\n', '\r', 'l: 5', 'Content-Length: -1', 'l: 99999', ':', '\r\n\r\nabc')
        .map(bytes),
      fc.string({ unit: 'grapheme', maxLength: 40 }).map((body) => bytes(sipMessage(body))),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (chunks) => {
        const framer = new SipMessageFramer(limit);
        try {
          for (const chunk of chunks) {
            framer.push(chunk);
            expect(framer.bufferedBytes).toBeLessThan(limit);
            while (framer.next());
          }
        } catch (error) {
          expect(error).toBeInstanceOf(SipFramingError);
          expect(framer.bufferedBytes).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
