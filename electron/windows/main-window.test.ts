import { describe, expect, it, vi } from 'vitest';
import { createMemoryLogger } from '../logging/logger';
import { createMainWindow, revealWindow } from './main-window';

const electron = vi.hoisted(() => {
  const windows: FakeWindow[] = [];
  class FakeWindow {
    readonly listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly show = vi.fn();
    readonly hide = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    on(name: string, listener: (event: { preventDefault(): void }) => void) {
      this.listeners.set(name, listener);
    }
    once(name: string, listener: (event: { preventDefault(): void }) => void) {
      this.listeners.set(name, listener);
    }
    isDestroyed = () => false;
    isMinimized = () => this.minimized;
    emit(name: string) {
      const preventDefault = vi.fn();
      this.listeners.get(name)?.({ preventDefault });
      return preventDefault.mock.calls.length > 0;
    }
  }
  return { windows, FakeWindow };
});

vi.mock('electron', () => ({ BrowserWindow: electron.FakeWindow }));

function open(hideOnClose = () => true) {
  createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', hideOnClose, logger: createMemoryLogger() });
  return electron.windows.at(-1)!;
}

describe('createMainWindow', () => {
  it('is locked down: sandboxed, isolated, no Node, web security, no webview, our preload', () => {
    expect(open().options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('loads our page over app:// and shows it only once it is ready', () => {
    const window = open();
    expect(window.loadURL).toHaveBeenCalledWith('app://dialtone/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('hides instead of closing while Dialtone runs in the tray, and closes when quitting', () => {
    let quitting = false;
    const window = open(() => !quitting);
    expect(window.emit('close')).toBe(true);
    expect(window.hide).toHaveBeenCalledTimes(1);
    quitting = true;
    expect(window.emit('close')).toBe(false);
    expect(window.hide).toHaveBeenCalledTimes(1);
  });
});

describe('revealWindow', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const window = open();
    window.minimized = true;
    revealWindow(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});
