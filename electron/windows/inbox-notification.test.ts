import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../shared/contract/event-channels';
import { createEventBus } from '../services/event-bus';
import { notifyInboxArrivals } from './inbox-notification';

const electron = vi.hoisted(() => ({
  shown: [] as { title: string; body: string; click?: () => void }[],
  supported: true,
}));

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => electron.supported;
    entry: { title: string; body: string; click?: () => void };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options };
    }
    on(name: 'click' | 'close', listener: () => void) {
      if (name === 'click') this.entry.click = listener;
    }
    show() {
      electron.shown.push(this.entry);
    }
  },
}));

beforeEach(() => {
  electron.shown.length = 0;
  electron.supported = true;
});

describe('inbox notifications in the desktop app', () => {
  it('shows each arrival and, when clicked, brings Dialtone forward on it', () => {
    const events = createEventBus();
    const show = vi.fn();
    const opened: EventPayload<'inbox:open'>[] = [];
    events.subscribe((event, payload) => {
      if (event === 'inbox:open') opened.push(payload as EventPayload<'inbox:open'>);
    });
    const stop = notifyInboxArrivals(events, show);
    const target = { kind: 'voicemail', id: 'RE0123456789abcdef0123456789abcdef' } as const;
    events.emit('inbox:arrived', { target, title: 'Voicemail from Ada', body: 'Call me back about the engine' });
    expect(electron.shown).toEqual([
      expect.objectContaining({ title: 'Voicemail from Ada', body: 'Call me back about the engine' }),
    ]);
    electron.shown[0]?.click?.();
    expect(show).toHaveBeenCalledTimes(1);
    expect(opened).toEqual([target]);
    stop();
    events.emit('inbox:arrived', { target, title: 'Again', body: '' });
    expect(electron.shown).toHaveLength(1);
  });

  it('shows nothing where the system has no notifications', () => {
    electron.supported = false;
    const events = createEventBus();
    notifyInboxArrivals(events, vi.fn());
    events.emit('inbox:arrived', {
      target: { kind: 'conversation', remoteNumber: '+15125550177' },
      title: 'Bob',
      body: 'Hi',
    });
    expect(electron.shown).toHaveLength(0);
  });
});
