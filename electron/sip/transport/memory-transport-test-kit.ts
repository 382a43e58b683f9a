import { EmitterImpl, TransportState, type Emitter, type Transport } from 'sip.js';

/** The test's end of an in-memory SIP connection. */
export interface SipWire {
  /** Hands one whole message to the phone, as its transport would after framing. */
  send(message: string): void;
  /** Every message the phone sends, in order. */
  onMessage(listener: (message: string) => void): void;
}

/** The port the in-memory transport reports as its local one (it goes into Contact); each reconnection takes the next. */
export const memoryLocalPort = 50_600;

/**
 * Test-only: a sip.js Transport whose far end is the test (the idea of sip.js's
 * test/support/api/transport-fake.ts). Messages cross as microtasks, one per onMessage, in order,
 * so a test with fake timers still sees them without advancing the clock.
 */
export function memorySipLink() {
  const listeners = new Set<(message: string) => void>();
  let phoneSide: MemoryTransport | undefined;
  const attach = (transport: MemoryTransport) => (phoneSide = transport);

  class MemoryTransport implements Transport {
    readonly protocol = 'TCP';
    private connections = 0;
    onConnect: (() => void) | undefined;
    onDisconnect: ((error?: Error) => void) | undefined;
    onMessage: ((message: string) => void) | undefined;
    private current = TransportState.Disconnected;
    private readonly emitter = new EmitterImpl<TransportState>();

    /** sip.js calls this as `new transportConstructor(logger, transportOptions)`. */
    constructor() {
      attach(this);
    }

    get localPort(): number {
      return memoryLocalPort + Math.max(0, this.connections - 1);
    }

    get state(): TransportState {
      return this.current;
    }

    get stateChange(): Emitter<TransportState> {
      return this.emitter;
    }

    isConnected(): boolean {
      return this.current === TransportState.Connected;
    }

    async connect(): Promise<void> {
      if (this.current === TransportState.Connected) return;
      this.connections += 1;
      this.move(TransportState.Connected);
      this.onConnect?.();
    }

    async disconnect(): Promise<void> {
      if (this.current === TransportState.Disconnected) return;
      this.move(TransportState.Disconnected);
    }

    async dispose(): Promise<void> {
      await this.disconnect();
    }

    async send(message: string): Promise<void> {
      if (this.current !== TransportState.Connected) throw new Error('The in-memory transport is not connected');
      queueMicrotask(() => listeners.forEach((listener) => listener(message)));
    }

    /** The far end went away: sip.js hears onDisconnect with an error, as after a reset. */
    drop(): void {
      if (this.current !== TransportState.Connected) return;
      this.move(TransportState.Disconnected);
      this.onDisconnect?.(new Error('The in-memory connection was dropped'));
    }

    receive(message: string): void {
      queueMicrotask(() => {
        if (this.current === TransportState.Connected) this.onMessage?.(message);
      });
    }

    private move(next: TransportState): void {
      this.current = next;
      this.emitter.emit(next);
    }
  }

  const wire: SipWire = {
    send: (message) => {
      if (!phoneSide) throw new Error('The phone has not created its transport yet');
      phoneSide.receive(message);
    },
    onMessage: (listener) => void listeners.add(listener),
  };

  return {
    transportConstructor: MemoryTransport as new () => Transport & { readonly localPort: number },
    wire,
    /** Drops the phone's connection, as a network loss would. */
    drop: () => phoneSide?.drop(),
  };
}
