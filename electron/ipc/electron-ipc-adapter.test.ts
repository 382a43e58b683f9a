import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeChannelNames } from '../../shared/contract/channel-names';
import { ok } from '../../shared/result';
import { createMemoryLogger } from '../logging/logger';
import { createEventBus } from '../services/event-bus';
import { registerElectronIpc } from './electron-ipc-adapter';

type Handler = (event: Partial<IpcMainInvokeEvent>, payload: unknown) => unknown;

const handlers = vi.hoisted(() => new Map<string, Handler>());

vi.mock('electron', () => ({
  ipcMain: {
    handle(channel: string, handler: Handler) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      handlers.delete(channel);
    },
  },
}));

function fakeFrame(url: string) {
  return { url };
}

function setUp() {
  const mainFrame = fakeFrame('app://dialtone/index.html');
  const webContents = { mainFrame, send: vi.fn() };
  let destroyed = false;
  const window = { isDestroyed: () => destroyed, webContents } as unknown as BrowserWindow;
  const router = { invoke: vi.fn(async () => ok({ answered: true })) };
  const events = createEventBus();
  const logger = createMemoryLogger();
  const dispose = registerElectronIpc({ window, router, events, logger });
  const goodEvent = { sender: webContents, senderFrame: mainFrame } as unknown as IpcMainInvokeEvent;
  const call = (channel: string, event: Partial<IpcMainInvokeEvent>, payload?: unknown) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return Promise.resolve(handler(event, payload));
  };
  return {
    mainFrame,
    webContents,
    window,
    router,
    events,
    logger,
    dispose,
    goodEvent,
    call,
    destroy: () => (destroyed = true),
  };
}

beforeEach(() => handlers.clear());

describe('registerElectronIpc handlers', () => {
  it('registers exactly one handler per contract channel and removes them all on dispose', () => {
    const { dispose } = setUp();
    expect([...handlers.keys()].sort()).toEqual([...invokeChannelNames].sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('forwards a call from our main frame to the router, payload untouched', async () => {
    const { router, goodEvent, call } = setUp();
    const payload = { theme: 'dark' };
    await expect(call('settings:update', goodEvent, payload)).resolves.toEqual(ok({ answered: true }));
    expect(router.invoke).toHaveBeenCalledWith('settings:update', payload);
  });

  const foreignSenders: [string, (s: ReturnType<typeof setUp>) => Partial<IpcMainInvokeEvent>][] = [
    [
      'another webContents',
      (s) => ({ sender: { mainFrame: s.mainFrame } as never, senderFrame: s.mainFrame as never }),
    ],
    [
      'a subframe of our window',
      (s) => ({ sender: s.webContents as never, senderFrame: fakeFrame('app://dialtone/x.html') as never }),
    ],
    [
      'our main frame showing another site',
      (s) => {
        s.mainFrame.url = 'https://evil.example/';
        return s.goodEvent;
      },
    ],
    [
      'our main frame showing a file',
      (s) => {
        s.mainFrame.url = 'file:///tmp/index.html';
        return s.goodEvent;
      },
    ],
    [
      'a look-alike origin',
      (s) => {
        s.mainFrame.url = 'app://dialtone.evil/index.html';
        return s.goodEvent;
      },
    ],
    ['a frame that is gone', (s) => ({ sender: s.webContents as never, senderFrame: null })],
    [
      'a disposed frame that throws on access',
      (s) => ({
        sender: s.webContents as never,
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
      }),
    ],
    [
      'a destroyed window',
      (s) => {
        s.destroy();
        return s.goodEvent;
      },
    ],
  ];

  it.each(foreignSenders)('refuses %s without calling the router', async (_name, makeEvent) => {
    const setup = setUp();
    for (const channel of invokeChannelNames) {
      const result = await setup.call(channel, makeEvent(setup));
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid-request',
          message: expect.stringContaining('did not come from the Dialtone window'),
          words: { id: 'general.notFromWindow' },
        },
      });
    }
    expect(setup.router.invoke).not.toHaveBeenCalled();
    expect(setup.logger.records.some((record) => record.level === 'warn')).toBe(true);
  });
});

describe('registerElectronIpc events', () => {
  it('sends every valid bus event to the window on its own channel', () => {
    const { events, webContents } = setUp();
    events.emit('registration:state-changed', { status: 'no-account' });
    events.emit('accounts:changed', []);
    expect(webContents.send.mock.calls).toEqual([
      ['registration:state-changed', { status: 'no-account' }],
      ['accounts:changed', []],
    ]);
  });

  it('drops an event whose payload breaks the contract, and logs it', () => {
    const { events, webContents, logger } = setUp();
    events.emit('registration:state-changed', { status: 'no-account', password: 'secret' } as never);
    expect(webContents.send).not.toHaveBeenCalled();
    expect(logger.records).toEqual([
      expect.objectContaining({ level: 'error', fields: { event: 'registration:state-changed' } }),
    ]);
  });

  it('sends nothing to a destroyed window or after dispose', () => {
    const first = setUp();
    first.destroy();
    first.events.emit('registration:state-changed', { status: 'no-account' });
    expect(first.webContents.send).not.toHaveBeenCalled();

    handlers.clear();
    const second = setUp();
    second.dispose();
    second.events.emit('registration:state-changed', { status: 'no-account' });
    expect(second.webContents.send).not.toHaveBeenCalled();
  });
});
