import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents } from './web-contents-hardening';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

type Listener = (event: { url: string; preventDefault: () => void }) => void;

function setUp() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const openExternal = vi.fn(async () => undefined);
  hardenWebContents(contents as unknown as WebContents, openExternal);
  const fire = (name: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { listeners, openExternal, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays on app://dialtone', (name) => {
    const { fire } = setUp();
    expect(fire(name, 'app://dialtone/index.html')).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(fire(name, url)).toBe(true);
    }
  });

  it('never attaches a webview', () => {
    const { fire } = setUp();
    expect(fire('will-attach-webview', 'app://dialtone/index.html')).toBe(true);
  });

  it('denies every new window and opens only web and mail links in the OS', () => {
    const { open, openExternal } = setUp();
    for (const url of [
      'https://www.twilio.com/',
      'mailto:help@example.com',
      'file:///etc/passwd',
      'javascript:x',
      'app://dialtone/x',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://www.twilio.com/'], ['mailto:help@example.com']]);
  });
});
