import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isPermissionAllowed, restrictPermissions, type PermissionAsk } from './permission-policy';

const ours = 'app://dialtone/index.html';
const ask = (overrides: Partial<PermissionAsk>): PermissionAsk => ({
  permission: 'media',
  requestingUrl: ours,
  isMainFrame: true,
  mediaTypes: ['audio'],
  ...overrides,
});

describe('isPermissionAllowed', () => {
  it('allows the microphone and notifications to our main frame', () => {
    expect(isPermissionAllowed(ask({}))).toBe(true);
    expect(isPermissionAllowed(ask({ permission: 'notifications', mediaTypes: [] }))).toBe(true);
  });

  it.each([
    ['the camera', { mediaTypes: ['video'] }],
    ['camera with microphone', { mediaTypes: ['audio', 'video'] }],
    ['media of unknown type', { mediaTypes: ['unknown'] }],
    ['media with no type', { mediaTypes: [] }],
    ['another origin', { requestingUrl: 'https://evil.example/' }],
    ['a look-alike origin', { requestingUrl: 'app://dialtone.evil/' }],
    ['a file page', { requestingUrl: 'file:///tmp/index.html' }],
    ['no requesting URL', { requestingUrl: undefined }],
    ['a subframe', { isMainFrame: false }],
    ['screen capture', { permission: 'display-capture' }],
    ['MIDI, even with an audio media type', { permission: 'midi' }],
    ['geolocation', { permission: 'geolocation', mediaTypes: [] }],
    ['openExternal', { permission: 'openExternal', mediaTypes: [] }],
    ['clipboard reading', { permission: 'clipboard-read', mediaTypes: [] }],
  ] as [string, Partial<PermissionAsk>][])('refuses %s', (_name, overrides) => {
    expect(isPermissionAllowed(ask(overrides))).toBe(false);
  });
});

describe('restrictPermissions', () => {
  it('answers requests and checks on the session with the policy', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    restrictPermissions(session as unknown as Session);
    const [request] = session.setPermissionRequestHandler.mock.calls[0]!;
    const [check] = session.setPermissionCheckHandler.mock.calls[0]!;

    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: ours, isMainFrame: true, mediaTypes: ['audio'] });
    request({}, 'media', callback, { requestingUrl: ours, isMainFrame: true, mediaTypes: ['video'] });
    request({}, 'geolocation', callback, { requestingUrl: ours, isMainFrame: true });
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);

    expect(check(null, 'media', 'app://dialtone', { requestingUrl: ours, isMainFrame: true, mediaType: 'audio' })).toBe(
      true,
    );
    expect(
      check(null, 'media', 'https://x', { requestingUrl: 'https://x/', isMainFrame: true, mediaType: 'audio' }),
    ).toBe(false);
    expect(check(null, 'notifications', 'app://dialtone', { requestingUrl: ours, isMainFrame: true })).toBe(true);
  });
});
