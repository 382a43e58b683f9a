import { EmitterImpl, StateTransitionError, TransportState, type Emitter, type Transport } from 'sip.js';
import { assertNever } from '../../../shared/assert-never';
import { serverLabel, type NodeTransportOptions } from './node-transport-options';
import { SipConnection, type LocalAddress, type TransportLogger } from './sip-connection';
import type { TransportError } from './transport-error';

export type { NodeTransportOptions } from './node-transport-options';
export type { LocalAddress, TransportLogger } from './sip-connection';

type Deferred = { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };

/**
 * sip.js Transport over a Node TCP or TLS socket, for the main process. It connects only when
 * told and reports every loss through onDisconnect with a TransportError: reconnecting is the
 * services' business. Follows the state machine documented in sip.js's api/transport.d.ts.
 */
export class NodeTransport implements Transport {
  onConnect: (() => void) | undefined;
  onDisconnect: ((error?: Error) => void) | undefined;
  onMessage: ((message: string) => void) | undefined;

  private _state = TransportState.Disconnected;
  private readonly stateEmitter = new EmitterImpl<TransportState>();
  private readonly localAddressEmitter = new EmitterImpl<LocalAddress>();
  private readonly log: TransportLogger;
  private readonly server: string;
  private local: LocalAddress | undefined;
  private connection: SipConnection | undefined;
  private connecting: Deferred | undefined;
  private disconnecting: Deferred | undefined;
  private transitioning = false;

  /** sip.js calls this as `new transportConstructor(logger, transportOptions)`. */
  constructor(
    logger: TransportLogger,
    private readonly options: NodeTransportOptions,
  ) {
    this.log = options.logger ?? logger;
    this.server = serverLabel(options);
  }

  /** Goes into Via: SIP/2.0/TCP or SIP/2.0/TLS. */
  get protocol(): 'TCP' | 'TLS' {
    return this.options.protocol === 'tls' ? 'TLS' : 'TCP';
  }

  get state(): TransportState {
    return this._state;
  }

  get stateChange(): Emitter<TransportState> {
    return this.stateEmitter;
  }

  /** The socket's own address in the latest connection; each reconnect gets a new port. */
  get localAddress(): string | undefined {
    return this.local?.address;
  }

  get localPort(): number | undefined {
    return this.local?.port;
  }

  /** Emitted when a connection's local address differs from the last one, before Connected. */
  get localAddressChange(): Emitter<LocalAddress> {
    return this.localAddressEmitter;
  }

  isConnected(): boolean {
    return this._state === TransportState.Connected;
  }

  connect(): Promise<void> {
    if (this.transitioning) return Promise.reject(new StateTransitionError('connect() called from a state change'));
    switch (this._state) {
      case TransportState.Connected:
        return Promise.resolve();
      case TransportState.Connecting:
        return this.connecting?.promise ?? Promise.reject(new Error('No connect() pending.'));
      case TransportState.Disconnecting:
        this.abandonConnection();
        break;
      case TransportState.Disconnected:
        break;
      default:
        return assertNever(this._state);
    }
    const connecting = deferred();
    this.connecting = connecting;
    this.transition(TransportState.Connecting);
    const connection: SipConnection = new SipConnection(this.options, this.log, {
      onReady: (local) => this.onReady(local),
      onMessage: (message) => this.receive(message),
      onClose: (error) => this.onClose(connection, error),
    });
    this.connection = connection;
    return connecting.promise;
  }

  disconnect(): Promise<void> {
    if (this.transitioning) return Promise.reject(new StateTransitionError('disconnect() called from a state change'));
    switch (this._state) {
      case TransportState.Disconnected:
        return Promise.resolve();
      case TransportState.Disconnecting:
        return this.disconnecting?.promise ?? Promise.reject(new Error('No disconnect() pending.'));
      case TransportState.Connecting:
      case TransportState.Connected:
        break;
      default:
        return assertNever(this._state);
    }
    const wasConnected = this._state === TransportState.Connected;
    const disconnecting = deferred();
    this.disconnecting = disconnecting;
    this.transition(TransportState.Disconnecting);
    if (wasConnected) this.connection?.end();
    else this.abandonConnection();
    return disconnecting.promise;
  }

  async dispose(): Promise<void> {
    await this.disconnect();
    this.stateEmitter.removeAllListeners();
    this.localAddressEmitter.removeAllListeners();
  }

  send(message: string): Promise<void> {
    if (!this.connection || this._state !== TransportState.Connected) {
      return Promise.reject(new Error(`Cannot send: the transport to ${this.server} is ${this._state}.`));
    }
    return this.connection.send(message);
  }

  private onReady(local: LocalAddress | undefined): void {
    if (local && (local.address !== this.local?.address || local.port !== this.local.port)) {
      this.local = local;
      this.guarded('localAddressChange', () => this.localAddressEmitter.emit(local));
    }
    this.transition(TransportState.Connected);
  }

  private receive(message: string): void {
    if (this._state !== TransportState.Connected) return;
    this.guarded('onMessage', () => this.onMessage?.(message));
  }

  private onClose(connection: SipConnection, error: TransportError): void {
    if (this.connection !== connection) return;
    this.connection = undefined;
    if (this._state === TransportState.Disconnecting) {
      this.transition(TransportState.Disconnected);
      return;
    }
    this.log.warn(`${error.message} [${error.kind} ${error.code ?? ''}]`);
    this.transition(TransportState.Disconnected, error);
  }

  /** Drops the connection without waiting for its close: Connecting or Disconnecting ends now. */
  private abandonConnection(): void {
    this.connection?.destroy();
    this.connection = undefined;
    if (this._state === TransportState.Disconnecting) this.transition(TransportState.Disconnected);
  }

  private transition(next: TransportState, error?: Error): void {
    const previous = this._state;
    const { connecting, disconnecting } = this;
    this._state = next;
    if (previous === TransportState.Connecting) this.connecting = undefined;
    if (previous === TransportState.Disconnecting) this.disconnecting = undefined;
    this.log.debug(`Transport to ${this.server}: ${previous} -> ${next}`);
    this.transitioning = true;
    try {
      this.guarded('stateChange', () => this.stateEmitter.emit(next));
      if (next === TransportState.Connected) this.guarded('onConnect', () => this.onConnect?.());
      if (previous === TransportState.Connected) this.guarded('onDisconnect', () => this.onDisconnect?.(error));
    } finally {
      this.transitioning = false;
    }
    if (previous === TransportState.Connecting) {
      if (next === TransportState.Connected) connecting?.resolve();
      else connecting?.reject(error ?? new Error(`Connecting to ${this.server} was cancelled.`));
    }
    // connect() while Disconnecting abandons the socket first, so Disconnecting always ends Disconnected.
    if (previous === TransportState.Disconnecting) disconnecting?.resolve();
  }

  /** A throwing callback must not escape into a socket event handler: it would end the process. */
  private guarded(what: string, callback: () => void): void {
    try {
      callback();
    } catch (error) {
      this.log.error(`${what} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}
