import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DialtoneApi } from '../../shared/contract/dialtone-api';
import type { Result } from '../../shared/result';
import { isEventChannel, isInvokeChannel } from '../../shared/contract/channel-names';

const unknownChannel: Result<never> = {
  ok: false,
  error: {
    code: 'unknown-channel',
    message: 'This request is not part of the Dialtone contract and was ignored.',
    words: { id: 'general.unknownRequest' },
  },
};

/** Exactly the typed contract: listeners get the payload only, never the IpcRendererEvent. */
const dialtoneApi: DialtoneApi = {
  invoke(channel, ...args) {
    if (!isInvokeChannel(channel)) return Promise.resolve(unknownChannel);
    return ipcRenderer.invoke(channel, args[0]);
  },
  on(event, listener) {
    if (!isEventChannel(event) || typeof listener !== 'function') return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('dialtone', dialtoneApi);
