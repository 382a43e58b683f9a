import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { eventChannels } from '../../shared/contract/event-channels';
import { parsePhoneLink, phoneLinkMaxLength } from '../../shared/phone/phone-link';
import { createMemoryLogger } from '../logging/logger';
import { createEventBus } from '../services/event-bus';
import {
  createPhoneLinkOpener,
  listenForPhoneLinks,
  phoneLinkFromArgv,
  protocolClientArgs,
  registerPhoneLinkProtocols,
  whenPageLoaded,
  type PhoneLinkApp,
} from './phone-links';

type Listener = (...args: never[]) => void;

function fakeApp(isPackaged = true) {
  const listeners = new Map<string, Listener>();
  const registered: unknown[][] = [];
  const app = {
    isPackaged,
    setAsDefaultProtocolClient: (...args: unknown[]) => {
      registered.push(args);
      return args[0] !== 'callto';
    },
    on: (event: string, listener: Listener) => listeners.set(event, listener),
  } as unknown as PhoneLinkApp;
  const fire = (event: string, ...args: unknown[]) => (listeners.get(event) as (...values: unknown[]) => void)(...args);
  return { app, registered, fire };
}

describe('phoneLinkFromArgv', () => {
  it.each([
    [['/opt/Dialtone/dialtone', 'tel:+15125550123'], 'tel:+15125550123'],
    [
      ['C:\\Program Files\\Dialtone\\Dialtone.exe', '--allow-file-access-from-files', 'callto://+442079460958'],
      'callto://+442079460958',
    ],
    [['/usr/bin/electron', '/home/me/dialtone', 'SIP:alice@example.com'], 'SIP:alice@example.com'],
    [
      ['/usr/bin/electron', '--inspect', '/home/me/dialtone', 'sips:bob@example.com;transport=tls'],
      'sips:bob@example.com;transport=tls',
    ],
    [['/opt/Dialtone/dialtone', '--original-process-start-time=1', 'tel:1', 'tel:2'], 'tel:2'],
  ])('%j -> %s', (argv, link) => {
    expect(phoneLinkFromArgv(argv)).toBe(link);
  });

  it('finds nothing in a plain start or in switches that mention a scheme', () => {
    expect(phoneLinkFromArgv(['/opt/Dialtone/dialtone'])).toBeUndefined();
    expect(phoneLinkFromArgv(['/usr/bin/electron', '.', '--open=tel:+15125550123', 'mailto:a@b.c'])).toBeUndefined();
    expect(phoneLinkFromArgv([])).toBeUndefined();
  });
});

describe('protocolClientArgs and registerPhoneLinkProtocols', () => {
  const packaged = { execPath: '/opt/Dialtone/dialtone', argv: ['/opt/Dialtone/dialtone'], env: {} };
  const development = { defaultApp: true, execPath: '/usr/bin/electron', argv: ['/usr/bin/electron', '.'], env: {} };

  it('registers packaged builds as they are, and development runs only when asked, with the app path', () => {
    expect(protocolClientArgs(true, packaged)).toEqual({});
    expect(protocolClientArgs(false, development)).toBeNull();
    const asked = { ...development, env: { DIALTONE_REGISTER_PHONE_LINKS: '1' } };
    expect(protocolClientArgs(false, asked)).toEqual({ path: '/usr/bin/electron', args: [resolve('.')] });
    expect(protocolClientArgs(false, { ...asked, argv: ['/usr/bin/electron'] })).toBeNull();
  });

  it('registers tel, sip and callto and logs the ones the system refused', () => {
    const { app, registered } = fakeApp();
    const logger = createMemoryLogger();
    registerPhoneLinkProtocols(app, packaged, logger);
    expect(registered).toEqual([['tel'], ['sip'], ['callto']]);
    expect(logger.records.map((record) => [record.level, record.fields?.scheme])).toEqual([['warn', 'callto']]);
    const unpackaged = fakeApp(false);
    registerPhoneLinkProtocols(unpackaged.app, development, logger);
    expect(unpackaged.registered).toEqual([]);
  });
});

describe('listenForPhoneLinks', () => {
  it('keeps the first start link, then the latest, until there is somewhere to deliver it', () => {
    const { app, fire } = fakeApp();
    const inbox = listenForPhoneLinks(app, ['/opt/Dialtone/dialtone', 'tel:+15125550123']);
    const preventDefault = vi.fn();
    fire('open-url', { preventDefault }, 'sip:alice@example.com');
    expect(preventDefault).toHaveBeenCalled();
    const opened: string[] = [];
    inbox.deliverTo((uri) => opened.push(uri));
    expect(opened).toEqual(['sip:alice@example.com']);
    fire('second-instance', {}, ['/opt/Dialtone/dialtone', '--flag', 'callto://+442079460958'], '/home/me');
    fire('second-instance', {}, ['/opt/Dialtone/dialtone'], '/home/me');
    expect(opened).toEqual(['sip:alice@example.com', 'callto://+442079460958']);
  });

  it('delivers nothing when the app started without a link', () => {
    const { app } = fakeApp();
    const open = vi.fn();
    listenForPhoneLinks(app, ['/opt/Dialtone/dialtone']).deliverTo(open);
    expect(open).not.toHaveBeenCalled();
  });
});

describe('createPhoneLinkOpener', () => {
  function opener() {
    const events = createEventBus();
    const emitted: unknown[] = [];
    events.subscribe((event, payload) => emitted.push([event, payload]));
    const calls: string[] = [];
    const logger = createMemoryLogger();
    let ready: () => void = () => undefined;
    const open = createPhoneLinkOpener({
      events,
      reveal: () => calls.push('reveal'),
      whenWindowReady: () => new Promise<void>((resolve) => (ready = resolve)),
      logger,
    });
    return { open, emitted, calls, logger, ready: () => ready() };
  }

  it('shows the window, waits for the page, then hands the link to the dialer, keeping the number out of the log', async () => {
    const { open, emitted, calls, logger, ready } = opener();
    const opening = open('tel:+1-512-555-0123;ext=12');
    expect(calls).toEqual(['reveal']);
    expect(emitted).toEqual([]);
    ready();
    await opening;
    expect(emitted).toEqual([['dialer:open-link', { uri: 'tel:+1-512-555-0123;ext=12' }]]);
    expect(JSON.stringify(logger.records)).toContain('tel');
    expect(JSON.stringify(logger.records)).not.toContain('555');
  });

  it('hands on no more of a huge link than the contract carries, still one character too long for the dialer', async () => {
    const { open, emitted, ready } = opener();
    const opening = open(`tel:${'1'.repeat(100_000)}`);
    ready();
    await opening;
    const [[, payload]] = emitted as [[string, { uri: string }]];
    expect(payload.uri).toHaveLength(phoneLinkMaxLength + 1);
    expect(eventChannels['dialer:open-link'].safeParse(payload).success).toBe(true);
    expect(parsePhoneLink(payload.uri, 'US')).toEqual({
      ok: false,
      problems: [{ of: 'link', words: 'linkTooLong', values: {} }],
    });
  });
});

describe('whenPageLoaded', () => {
  it('resolves at once when loaded, otherwise at did-finish-load', async () => {
    await whenPageLoaded({ isLoading: () => false, once: () => undefined });
    let finish: () => void = () => undefined;
    let done = false;
    const waiting = whenPageLoaded({ isLoading: () => true, once: (_event, listener) => (finish = listener) }).then(
      () => {
        done = true;
      },
    );
    await Promise.resolve();
    expect(done).toBe(false);
    finish();
    await waiting;
    expect(done).toBe(true);
  });
});
