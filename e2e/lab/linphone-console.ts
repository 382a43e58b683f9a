import type { LabProcess } from './lab-process';

/** What linphonec prints about its calls, registration and received keys, one event per line; peer is as printed, display name included. */
export type LinphoneEvent =
  | { type: 'incoming' | 'outgoing'; callId: number; peer: string }
  | { type: 'in-progress' | 'ringing' | 'early-media' | 'connected' | 'error'; callId: number; peer: string }
  | { type: 'streams-running' | 'paused' | 'paused-by-remote'; callId: number; peer: string }
  | { type: 'ended'; callId: number; peer: string; reason: string }
  | { type: 'dtmf'; key: string; peer: string }
  | { type: 'registration'; identity: string; state: string };

const callStates: Record<string, LinphoneEvent['type']> = {
  'in progress': 'in-progress',
  ringing: 'ringing',
  'early media': 'early-media',
  connected: 'connected',
  error: 'error',
};

/** One line of linphonec's console (liblinphone console/linphonec.c), as an event; undefined for anything else. */
export function parseLinphoneLine(line: string): LinphoneEvent | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^Receiving new incoming call from (.+), assigned id (\d+)$/.exec(line))) {
    return { type: 'incoming', callId: Number(match[2]), peer: match[1]! };
  }
  if ((match = /^Establishing call id to (.+), assigned id (\d+)$/.exec(line))) {
    return { type: 'outgoing', callId: Number(match[2]), peer: match[1]! };
  }
  if ((match = /^Call (\d+) (?:to|with) (.+) (in progress|ringing|early media|connected|error)\.$/.exec(line))) {
    return { type: callStates[match[3]!], callId: Number(match[1]), peer: match[2]! } as LinphoneEvent;
  }
  if ((match = /^Call (\d+) with (.+) ended \((.*)\)\.$/.exec(line))) {
    return { type: 'ended', callId: Number(match[1]), peer: match[2]!, reason: match[3]! };
  }
  if ((match = /^Media streams established with (.+) for call (\d+) /.exec(line))) {
    return { type: 'streams-running', callId: Number(match[2]), peer: match[1]! };
  }
  if ((match = /^Call (\d+) with (.+) is now paused\.$/.exec(line))) {
    return { type: 'paused', callId: Number(match[1]), peer: match[2]! };
  }
  if ((match = /^Call (\d+) has been paused by (.+)\.$/.exec(line))) {
    return { type: 'paused-by-remote', callId: Number(match[1]), peer: match[2]! };
  }
  if ((match = /^Receiving tone (\S) from (.+)$/.exec(line))) {
    return { type: 'dtmf', key: match[1]!, peer: match[2]! };
  }
  if ((match = /^(\S+)\s+\|\s+LinphoneRegistration(\w+)$/.exec(line))) {
    return { type: 'registration', identity: match[1]!, state: match[2]! };
  }
  return undefined;
}

const prompt = 'linphonec> ';

/**
 * linphonec's console over a pseudo-terminal: commands typed in, its output cut into lines (the
 * prompt has no newline of its own, so it prefixes whatever is printed next) and events kept.
 */
export class LinphoneConsole {
  readonly events: LinphoneEvent[] = [];
  private readonly listeners = new Set<() => void>();
  private partial = '';

  constructor(private readonly process: LabProcess) {
    process.onOutput((text) => this.receive(text));
  }

  /** Types a command and Enter, as a person would. */
  type(command: string): void {
    if (/[\r\n]/.test(command)) throw new Error(`One linphonec command at a time, without line breaks: ${command}`);
    this.process.write(`${command}\n`);
  }

  /** The first event matching `predicate` from index `since` of `events` on, waiting for it if need be. */
  waitForEvent<T extends LinphoneEvent>(
    predicate: (event: LinphoneEvent) => event is T,
    timeoutMs?: number,
    since?: number,
  ): Promise<T>;
  waitForEvent(
    predicate: (event: LinphoneEvent) => boolean,
    timeoutMs?: number,
    since?: number,
  ): Promise<LinphoneEvent>;
  waitForEvent(predicate: (event: LinphoneEvent) => boolean, timeoutMs = 10_000, since = 0): Promise<LinphoneEvent> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const event = this.events.slice(since).find(predicate);
        if (event) done(undefined, event);
        else if (!this.process.isRunning()) done(new Error(`linphonec exited:\n${this.process.logs()}`));
      };
      const done = (error?: Error, event?: LinphoneEvent) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (event) resolve(event);
        else reject(error);
      };
      const timer = setTimeout(
        () => done(new Error(`No matching linphonec event in ${timeoutMs} ms; events: ${JSON.stringify(this.events)}`)),
        timeoutMs,
      );
      this.listeners.add(check);
      check();
    });
  }

  private receive(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const raw of lines) {
      const line = raw.replaceAll('\r', '').replaceAll(prompt, '').trim();
      const event = parseLinphoneLine(line);
      if (event) this.events.push(event);
    }
    this.listeners.forEach((check) => check());
  }
}
