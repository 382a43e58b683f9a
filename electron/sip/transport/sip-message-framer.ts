/** RFC 5626: a CRLFCRLF "ping" must be answered with a CRLF "pong". */
export type FramedItem = { type: 'message'; message: string } | { type: 'ping' } | { type: 'pong' };

export type FramingErrorReason =
  'headers-too-large' | 'message-too-large' | 'invalid-content-length' | 'conflicting-content-length';

/** The stream cannot be resynchronised after this: the connection has to be closed. */
export class SipFramingError extends Error {
  override readonly name = 'SipFramingError';
  constructor(
    readonly reason: FramingErrorReason,
    detail: string,
  ) {
    super(`SIP framing error (${reason}): ${detail}`);
  }
}

export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const HEADER_END = Buffer.from('\r\n\r\n');
const utf8 = new TextDecoder('utf-8');

/**
 * Cuts a SIP stream (TCP or TLS) into whole messages by Content-Length, counted in bytes
 * (RFC 3261 18.3). Complete items are queued on push() and handed out one at a time by next().
 * Fewer than maxMessageBytes stream bytes are ever kept waiting: anything larger is an error.
 */
export class SipMessageFramer {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly items: FramedItem[] = [];
  private failure: SipFramingError | undefined;
  /** Where to resume looking for the end of the headers, so a trickle is not rescanned. */
  private scanFrom = 0;

  constructor(private readonly maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES) {}

  /** Stream bytes kept while waiting for the rest of a message. */
  get bufferedBytes(): number {
    return this.buffer.length;
  }

  push(chunk: Uint8Array): void {
    if (this.failure || chunk.length === 0) return;
    this.buffer = this.buffer.length === 0 ? Buffer.from(chunk) : Buffer.concat([this.buffer, chunk]);
    try {
      while (this.extractOne());
    } catch (error) {
      if (!(error instanceof SipFramingError)) throw error;
      this.failure = error;
      this.buffer = Buffer.alloc(0);
    }
  }

  /** The next complete item; after a framing error, once the items before it are out, throws it. */
  next(): FramedItem | undefined {
    const item = this.items.shift();
    if (item) return item;
    if (this.failure) throw this.failure;
    return undefined;
  }

  private extractOne(): boolean {
    const keepAlive = this.extractKeepAlive();
    if (keepAlive !== undefined) return keepAlive;
    const headerEnd = this.buffer.indexOf(HEADER_END, this.scanFrom);
    if (headerEnd < 0) {
      if (this.buffer.length >= this.maxMessageBytes) {
        throw new SipFramingError('headers-too-large', `no end of headers within ${this.maxMessageBytes} bytes`);
      }
      this.scanFrom = Math.max(0, this.buffer.length - (HEADER_END.length - 1));
      return false;
    }
    const bodyStart = headerEnd + HEADER_END.length;
    if (bodyStart > this.maxMessageBytes) {
      throw new SipFramingError('headers-too-large', `${bodyStart} bytes of headers`);
    }
    const bodyLength = contentLength(this.buffer.toString('latin1', 0, headerEnd));
    const total = bodyStart + bodyLength;
    if (total > this.maxMessageBytes) {
      throw new SipFramingError('message-too-large', `${total} bytes, the limit is ${this.maxMessageBytes}`);
    }
    if (this.buffer.length < total) return false;
    this.items.push({ type: 'message', message: utf8.decode(this.buffer.subarray(0, total)) });
    this.consume(total);
    return true;
  }

  /**
   * CRLFs before a start-line: CRLFCRLF is a ping, a lone CRLF a pong. A lone CRLF at the end of
   * the data is reported at once, since a pong must not wait for more bytes: a ping split after
   * its first CRLF therefore reads as two pongs. Returns undefined when a message starts here.
   */
  private extractKeepAlive(): boolean | undefined {
    const b = this.buffer;
    if (b.length === 0) return false;
    if (b[0] !== CR) return undefined;
    if (b.length < 2) return false;
    if (b[1] !== LF) return undefined;
    if (b.length === 3 && b[2] === CR) return false;
    const ping = b.length >= 4 && b[2] === CR && b[3] === LF;
    this.items.push({ type: ping ? 'ping' : 'pong' });
    this.consume(ping ? 4 : 2);
    return true;
  }

  private consume(bytes: number): void {
    this.buffer = this.buffer.subarray(bytes);
    this.scanFrom = 0;
  }
}

/** RFC 3261 18.3: on a stream, a message without Content-Length has an empty body. */
function contentLength(headers: string): number {
  const lengths = new Set<number>();
  for (const line of headers
    .replace(/\r\n[ \t]+/g, ' ')
    .split('\r\n')
    .slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    if (name !== 'content-length' && name !== 'l') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d+$/.test(value)) throw new SipFramingError('invalid-content-length', `"${value.slice(0, 40)}"`);
    lengths.add(Number(value));
  }
  if (lengths.size > 1) throw new SipFramingError('conflicting-content-length', [...lengths].join(' and '));
  const [length = 0] = lengths;
  return length;
}
