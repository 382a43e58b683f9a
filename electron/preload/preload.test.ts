import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { generalWords } from '../../shared/text/general-words';
import { dialtoneApiKeys, type DialtoneApi } from '../../shared/contract/dialtone-api';
import { eventChannelNames, invokeChannelNames } from '../../shared/contract/channel-names';

type IpcListener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<IpcListener>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, payload: unknown) => ({ ok: true, value: { channel, payload } })),
      on: vi.fn((channel: string, listener: IpcListener) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      }),
      removeListener: vi.fn((channel: string, listener: IpcListener) => listeners.get(channel)?.delete(listener)),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: electron.ipcRenderer,
}));

function emit(channel: string, payload: unknown): void {
  const ipcEvent = { sender: 'ipcRenderer', senderId: 0 };
  for (const listener of electron.listeners.get(channel) ?? []) listener(ipcEvent, payload);
}

let api: DialtoneApi;

beforeAll(async () => {
  await import('./preload');
  api = electron.exposed.get('dialtone') as DialtoneApi;
});

beforeEach(() => {
  vi.clearAllMocks();
  electron.listeners.clear();
});

describe('preload', () => {
  it('exposes exactly window.dialtone with exactly the DialtoneApi keys', () => {
    expect([...electron.exposed.keys()]).toEqual(['dialtone']);
    expect(Object.keys(api).sort()).toEqual([...dialtoneApiKeys].sort());
  });

  it.each(invokeChannelNames)('forwards %s to ipcRenderer.invoke', async (channel) => {
    const result = await api.invoke(channel as never, { some: 'payload' } as never);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, { some: 'payload' });
    expect(result).toEqual({ ok: true, value: { channel, payload: { some: 'payload' } } });
  });

  it('forwards a call without payload as undefined', async () => {
    await api.invoke('settings:get');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('settings:get', undefined);
  });

  it.each(['calls:teleport', 'settings:changed', '__proto__', 'constructor', ''])(
    'refuses the unknown channel %o with an error Result, without IPC',
    async (channel) => {
      await expect(api.invoke(channel as never, undefined as never)).resolves.toEqual({
        ok: false,
        error: {
          code: 'unknown-channel',
          // The preload may import no module but the channel list: its words are restated, and kept in step here.
          message: generalWords.unknownRequest,
          words: { id: 'general.unknownRequest' },
        },
      });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it.each(eventChannelNames)('delivers only the payload of %s, until unsubscribed', (event) => {
    const listener = vi.fn();
    const unsubscribe = api.on(event, listener);
    emit(event, { status: 'no-account' });
    expect(listener.mock.calls).toEqual([[{ status: 'no-account' }]]);

    unsubscribe();
    emit(event, { status: 'no-account' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledTimes(1);
  });

  it('does not subscribe to names outside the event contract', () => {
    const unsubscribe = api.on('settings:get' as never, vi.fn());
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
  });
});
