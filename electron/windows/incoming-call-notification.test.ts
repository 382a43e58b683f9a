import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startingCallSnapshot, type CallSnapshot } from '../../shared/models/call';
import type { AppLanguage } from '../../shared/models/language';
import { createEventBus } from '../services/event-bus';
import { notifyIncomingCalls } from './incoming-call-notification';

type Shown = { title: string; body: string; actions: { text: string }[]; action?: (index: number) => void };

const electron = vi.hoisted(() => ({ shown: [] as Shown[] }));

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    entry: Shown;
    constructor(options: Omit<Shown, 'action'>) {
      this.entry = { title: options.title, body: options.body, actions: options.actions };
    }
    on(name: string, listener: (event: unknown, index: number) => void) {
      if (name === 'action') this.entry.action = (index) => listener(null, index);
    }
    show() {
      electron.shown.push(this.entry);
    }
    close() {}
  },
}));

/** An incoming call starts out ringing. */
const ringing = (id: string): CallSnapshot =>
  startingCallSnapshot({
    id,
    direction: 'incoming',
    remoteUri: 'sip:+15125550123@pstn.example',
    remoteNumber: '+15125550123',
    remoteName: 'Ada',
    soundTest: null,
  });

const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
beforeEach(() => {
  electron.shown.length = 0;
  Object.defineProperty(process, 'platform', { value: 'darwin' });
});
afterEach(() => Object.defineProperty(process, 'platform', platform));

describe('the ringing call’s notification', () => {
  it('speaks the language of the moment it shows, buttons included, and they still answer and decline', () => {
    const events = createEventBus();
    let language: AppLanguage = 'en';
    const actions = { answer: vi.fn(), decline: vi.fn(), show: vi.fn() };
    const stop = notifyIncomingCalls(events, actions, () => language);
    events.emit('calls:state-changed', ringing('c1'));
    language = 'es';
    events.emit('calls:state-changed', ringing('c2'));
    stop();

    expect(electron.shown.map(({ title, body, actions }) => [title, body, actions.map((a) => a.text)])).toEqual([
      ['Incoming call from Ada', '+15125550123', ['Answer', 'Decline']],
      ['Llamada entrante de Ada', '+15125550123', ['Contestar', 'Rechazar']],
    ]);
    electron.shown[1]!.action!(0);
    electron.shown[1]!.action!(1);
    expect(actions.answer).toHaveBeenCalledWith('c2');
    expect(actions.decline).toHaveBeenCalledWith('c2');
  });
});
