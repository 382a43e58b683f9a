import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../shared/models/settings';
import { err, ok } from '../../../shared/result';
import type { CallSnapshot } from '../../../shared/models/call';
import { callSnapshot } from '../../test-support/call-snapshot';
import { createFakeDialtoneApi } from '../../ipc/fake-dialtone-api';
import type { AccountSummary } from '../../../shared/models/account';
import { initialAccountsState, useAccountsStore } from '../accounts/accounts.store';
import { initialCallsState, useCallsStore } from '../calls/calls.store';
import { initialNavigationState, useNavigationStore } from '../navigation/navigation.store';
import { initialSettingsState, useSettingsStore } from '../settings/settings.store';
import { initialDialerState, selectors, useDialerStore } from './dialer.store';

const dialer = () => useDialerStore.getState();

const snapshot = (id: string): CallSnapshot => callSnapshot({ id });

beforeEach(() => {
  useDialerStore.setState(initialDialerState);
  useNavigationStore.setState({ ...initialNavigationState, current: 'contacts' });
  useCallsStore.setState(initialCallsState);
  useSettingsStore.setState({ ...initialSettingsState, settings: { ...defaultSettings, defaultCountry: 'US' } });
});
afterEach(() => vi.unstubAllGlobals());

describe('dialer store', () => {
  it('formats keys as they are pressed with the default country', () => {
    for (const key of '5125550123') dialer().press(key);
    expect(selectors.input(dialer())).toBe('(512) 555-0123');
    useSettingsStore.setState({ settings: { ...defaultSettings, defaultCountry: 'GB' } });
    dialer().clear();
    for (const key of '02079460958') dialer().press(key);
    expect(selectors.input(dialer())).toBe('020 7946 0958');
  });

  it('backspace removes the last digit, not just formatting', () => {
    dialer().setInput('(512) 555-0123');
    dialer().backspace();
    expect(selectors.input(dialer())).toBe('(512) 555-012');
    dialer().setInput('(512)', false);
    dialer().backspace();
    expect(selectors.input(dialer())).toBe('51');
    dialer().setInput('sip:a');
    dialer().backspace();
    expect(selectors.input(dialer())).toBe('sip:');
  });

  it('leaves the text alone while editing in the middle', () => {
    dialer().setInput('(512 555-0123', false);
    expect(selectors.input(dialer())).toBe('(512 555-0123');
  });

  it('tidies pasted text', () => {
    dialer().paste('tel:+1-512-555-0123');
    expect(selectors.input(dialer())).toBe('+1 512 555 0123');
  });

  it('calls the number, clears the field and remembers it for redial', async () => {
    const fake = createFakeDialtoneApi({ 'calls:dial': () => ok(snapshot('c1')) });
    vi.stubGlobal('window', { dialtone: fake });
    dialer().setInput('(512) 555-0123');
    await dialer().call();
    expect(fake.calls).toEqual([{ channel: 'calls:dial', payload: { target: '+15125550123' } }]);
    expect(dialer()).toMatchObject({ input: '', placing: false });
    expect(selectors.lastDialed(dialer())).toEqual({ target: '+15125550123', display: '(512) 555-0123' });

    await dialer().redial();
    expect(fake.calls).toHaveLength(2);
  });

  it('does not call an invalid number and keeps the field when main refuses', async () => {
    const fake = createFakeDialtoneApi({ 'calls:dial': () => err('no-line', 'There is no phone line connected yet.') });
    vi.stubGlobal('window', { dialtone: fake });
    dialer().setInput('123');
    await dialer().call();
    expect(fake.calls).toEqual([]);

    dialer().setInput('+44 20 7946 0958');
    await dialer().call();
    expect(selectors.input(dialer())).toBe('+44 20 7946 0958');
    expect(selectors.lastDialed(dialer())).toBeNull();
    expect(useCallsStore.getState().error?.message).toMatch(/no phone line/);
  });
});

describe('dialer store: extensions', () => {
  afterEach(() => useAccountsStore.setState(initialAccountsState));

  it('calls 102 on the line’s SIP domain: the first enabled account with a password, as main chooses', async () => {
    const fake = createFakeDialtoneApi({ 'calls:dial': () => ok(snapshot('c1')) });
    vi.stubGlobal('window', { dialtone: fake });
    const account = (id: string, sipAddress: string, enabled: boolean, hasPassword: boolean): AccountSummary => ({
      id,
      label: id,
      provider: 'sip',
      sipAddress,
      authUsername: sipAddress.split('@')[0]!,
      registrar: sipAddress.split('@')[1]!,
      outboundProxy: null,
      transport: 'tls',
      srtp: 'optional',
      displayName: '',
      stunServer: null,
      trustedCaPem: null,
      pinnedCertSha256: null,
      enabled,
      hasPassword,
    });
    useAccountsStore.setState({
      accounts: [
        account('off', 'ada@off.example.com', false, true),
        account('no-password', 'ada@nopassword.example.com', true, false),
        account('line', 'sam@dialtone-ab12.sip.twilio.com', true, true),
      ],
      loaded: true,
    });
    dialer().setInput('102');
    await dialer().call();
    expect(fake.calls).toEqual([
      { channel: 'calls:dial', payload: { target: 'sip:102@dialtone-ab12.sip.twilio.com' } },
    ]);
    expect(selectors.lastDialed(dialer())).toEqual({
      target: 'sip:102@dialtone-ab12.sip.twilio.com',
      display: 'extension 102',
    });
  });
});

describe('dialer store: filled from elsewhere', () => {
  it('fill shows the number in the dialer and asks for focus, without calling', () => {
    const fake = createFakeDialtoneApi({});
    vi.stubGlobal('window', { dialtone: fake });
    dialer().fill({ target: '+15125550123', display: '(512) 555-0123' });
    expect(dialer()).toMatchObject({ input: '(512) 555-0123', focusPending: true, notice: null });
    expect(useNavigationStore.getState().current).toBe('dialer');
    expect(fake.calls).toEqual([]);
    dialer().focusTaken();
    expect(selectors.focusPending(dialer())).toBe(false);
  });

  it('writes the target in the field when the display text would call something else', () => {
    dialer().fill({ target: '+442079460958', display: 'Office' });
    expect(selectors.input(dialer())).toBe('+44 20 7946 0958');
    dialer().fill({ target: 'sip:bob@127.0.0.1', display: 'bob@127.0.0.1' });
    expect(selectors.input(dialer())).toBe('bob@127.0.0.1');
  });

  it('a link fills the dialer, says what to do with an extension, and never dials', () => {
    const fake = createFakeDialtoneApi({});
    vi.stubGlobal('window', { dialtone: fake });
    dialer().fillFromLink('tel:+1-512-555-0123;ext=12');
    expect(selectors.input(dialer())).toBe('(512) 555-0123');
    expect(selectors.notice(dialer())).toMatchObject({ kind: 'note', text: expect.stringMatching(/Extension 12/) });
    dialer().fillFromLink('callto:echo123');
    expect(selectors.input(dialer())).toBe('(512) 555-0123');
    expect(selectors.notice(dialer())).toMatchObject({
      kind: 'problem',
      text: expect.stringMatching(/Skype name/),
    });
    dialer().press('4');
    expect(selectors.notice(dialer())).toBeNull();
    expect(fake.calls).toEqual([]);
  });

  it('click-to-call fills the dialer and places the call', async () => {
    const fake = createFakeDialtoneApi({ 'calls:dial': () => ok(snapshot('c2')) });
    vi.stubGlobal('window', { dialtone: fake });
    await dialer().callNow({ target: 'sip:bob@127.0.0.1', display: 'bob@127.0.0.1' });
    expect(fake.calls).toEqual([{ channel: 'calls:dial', payload: { target: 'sip:bob@127.0.0.1' } }]);
    expect(useNavigationStore.getState().current).toBe('dialer');
    expect(dialer()).toMatchObject({ input: '', lastDialed: { target: 'sip:bob@127.0.0.1' } });
  });
});
