import type net from 'node:net';
import { assertNever } from '../../../shared/assert-never';
import type { Logger } from '../../logging/logger';
import { KeepAlive } from './keep-alive';
import { serverLabel, type NodeTransportOptions } from './node-transport-options';
import { openSocket } from './open-socket';
import { SipFramingError, SipMessageFramer, type FramedItem } from './sip-message-framer';
import { createTransportError, transportErrorFrom, type TransportError } from './transport-error';

/** Both the shared Logger and the logger sip.js hands a transport have these. */
export type TransportLogger = Pick<Logger, 'debug' | 'warn' | 'error'>;

export type LocalAddress = { address: string; port: number };

export type SipConnectionEvents = {
  onReady(local: LocalAddress | undefined): void;
  onMessage(message: string): void;
  /** Exactly once, unless silenced by destroy(); the error says why, even for a requested end. */
  onClose(error: TransportError): void;
};

/**
 * One TCP or TLS connection to the SIP server: connect timeout, framing, RFC 5626 keep-alive,
 * pings answered. Every way it can end arrives as a single onClose with a TransportError.
 */
export class SipConnection {
  private readonly socket: net.Socket;
  private readonly framer = new SipMessageFramer();
  private readonly keepAlive: KeepAlive;
  private readonly connectTimer: ReturnType<typeof setTimeout>;
  private readonly server: string;
  private failure: TransportError | undefined;
  private silenced = false;

  constructor(
    options: NodeTransportOptions,
    private readonly log: TransportLogger,
    private readonly events: SipConnectionEvents,
  ) {
    this.server = serverLabel(options);
    const socket = openSocket(options, () => this.onReady());
    this.socket = socket;
    this.keepAlive = new KeepAlive(
      options.keepAliveIntervalMs ?? 25_000,
      options.keepAliveTimeoutMs ?? 10_000,
      () => socket.write('\r\n\r\n'),
      () => this.fail(createTransportError('timeout', this.server, 'KEEPALIVE_TIMEOUT')),
    );
    this.connectTimer = setTimeout(
      () => this.fail(createTransportError('timeout', this.server, 'CONNECT_TIMEOUT')),
      options.connectTimeoutMs ?? 10_000,
    );
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => {
      this.failure ??= transportErrorFrom(error, this.server);
    });
    socket.on('close', () => this.onClose());
  }

  send(message: string): Promise<void> {
    return new Promise((resolve, reject) =>
      this.socket.write(message, 'utf8', (error) =>
        error ? reject(transportErrorFrom(error, this.server)) : resolve(),
      ),
    );
  }

  /** Sends what was already written (an un-REGISTER, say), then closes; onClose follows. */
  end(): void {
    this.keepAlive.stop();
    this.socket.destroySoon();
  }

  /** Closes at once and reports nothing more. */
  destroy(): void {
    this.silenced = true;
    this.stopTimers();
    this.socket.destroy();
  }

  private onReady(): void {
    clearTimeout(this.connectTimer);
    const { localAddress, localPort } = this.socket;
    const local = localAddress && localPort ? { address: localAddress, port: localPort } : undefined;
    this.log.debug(`Connected to ${this.server} from ${localAddress}:${localPort}`);
    this.keepAlive.start();
    if (!this.silenced) this.events.onReady(local);
  }

  private onData(chunk: Buffer): void {
    this.keepAlive.heard();
    this.framer.push(chunk);
    while (!this.silenced && !this.socket.destroyed) {
      let item: FramedItem | undefined;
      try {
        item = this.framer.next();
      } catch (error) {
        if (!(error instanceof SipFramingError)) throw error;
        this.log.warn(`Closing the connection to ${this.server}: ${error.message}`);
        this.fail(createTransportError('framing', this.server, error.reason, error));
        return;
      }
      if (!item) return;
      this.handle(item);
    }
  }

  private handle(item: FramedItem): void {
    switch (item.type) {
      case 'message':
        this.events.onMessage(item.message);
        return;
      case 'ping':
        this.socket.write('\r\n');
        return;
      case 'pong':
        return; // keepAlive.heard() has counted it already
      default:
        assertNever(item);
    }
  }

  private fail(error: TransportError): void {
    this.socket.destroy(error);
  }

  private onClose(): void {
    this.stopTimers();
    if (this.silenced) return;
    this.silenced = true;
    this.events.onClose(this.failure ?? createTransportError('reset', this.server, 'REMOTE_CLOSE'));
  }

  private stopTimers(): void {
    clearTimeout(this.connectTimer);
    this.keepAlive.stop();
  }
}
