import { connect, type Socket } from 'node:net';

/** A message baresip's ctrl_tcp pushes by itself, e.g. { type: 'CALL_DTMF_START', param: '5', ... }. */
export interface BaresipEvent {
  class?: string;
  type: string;
  param?: string;
  accountaor?: string;
  peeruri?: string;
  [key: string]: unknown;
}

export interface BaresipResponse {
  ok: boolean;
  data: string;
}

interface Pending {
  resolve(response: BaresipResponse): void;
  reject(error: Error): void;
}

/** One ctrl_tcp connection: netstring-framed JSON commands, responses matched by token, events collected. */
export class BaresipCtrl {
  readonly events: BaresipEvent[] = [];
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Set<() => void>();
  private buffer = Buffer.alloc(0);
  private nextToken = 1;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('close', () => {
      this.pending.forEach(({ reject }) => reject(new Error('baresip ctrl_tcp connection closed')));
      this.pending.clear();
    });
  }

  static open(port: number): Promise<BaresipCtrl> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.off('error', reject);
        socket.on('error', () => undefined);
        resolve(new BaresipCtrl(socket));
      });
      socket.once('error', reject);
    });
  }

  command(name: string, params = '', timeoutMs = 5_000): Promise<BaresipResponse> {
    const token = `${this.nextToken++}`;
    const json = JSON.stringify({ command: name, params, token });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(token);
        reject(new Error(`baresip did not answer "${name} ${params}" in ${timeoutMs} ms`));
      }, timeoutMs);
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          done(value);
        };
      this.pending.set(token, { resolve: settle(resolve), reject: settle(reject) });
      this.socket.write(`${Buffer.byteLength(json)}:${json},`);
    });
  }

  waitForEvent(predicate: (event: BaresipEvent) => boolean, timeoutMs = 10_000): Promise<BaresipEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const event = this.events.find(predicate);
        if (!event) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(event);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`No matching baresip event in ${timeoutMs} ms; events: ${JSON.stringify(this.events)}`));
      }, timeoutMs);
      this.listeners.add(check);
      check();
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.toString('ascii', 0, colon));
      const end = colon + 1 + length;
      if (this.buffer.length < end + 1) return;
      this.dispatch(JSON.parse(this.buffer.toString('utf8', colon + 1, end)));
      this.buffer = this.buffer.subarray(end + 1);
    }
  }

  private dispatch(message: { response?: boolean; event?: boolean; token?: string } & Record<string, unknown>): void {
    if (message.response && message.token) {
      const pending = this.pending.get(message.token);
      this.pending.delete(message.token);
      pending?.resolve({ ok: message.ok === true, data: String(message.data ?? '') });
    } else if (message.event) {
      this.events.push(message as unknown as BaresipEvent);
      this.listeners.forEach((check) => check());
    }
  }
}
