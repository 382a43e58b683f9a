import { describe, expect, it } from 'vitest';
import { registrationFailureReasons, type RegistrationState } from '../../shared/models/registration';
import { trayStatusFor } from './tray-status';

const accountId = '7f0b8a52-3c1e-4f5a-9d2b-0c6e1a2b3c4d';

describe('trayStatusFor', () => {
  it.each<[RegistrationState, string, string]>([
    [{ status: 'registered', accountId, expiresInSeconds: 300 }, 'ready', 'Ready'],
    [{ status: 'registering', accountId }, 'connecting', 'Connecting…'],
    [{ status: 'unregistered', accountId }, 'offline', 'Not connected'],
    [{ status: 'no-account' }, 'offline', 'No phone line yet'],
  ])('shows %o as the %s icon with "%s"', (state, icon, label) => {
    expect(trayStatusFor(state)).toEqual({ icon, label, tooltip: `Dialtone — ${label}`, missed: null });
  });

  it.each([
    ['bad-credentials', 'Not connected: the user name or password was refused'],
    ['not-found', 'Not connected: the server does not know this account'],
    ['tls', 'Not connected: the secure connection failed'],
    ['unreachable', 'Not connected: the server cannot be reached'],
    ['server-error', 'Not connected: the server reported an error'],
  ] as const)('explains a %s failure', (reason, label) => {
    const status = trayStatusFor({ status: 'failed', accountId, reason, message: 'ignored' });
    expect(status).toEqual({ icon: 'offline', label, tooltip: `Dialtone — ${label}`, missed: null });
  });

  it('has a distinct explanation for every failure reason', () => {
    const labels = registrationFailureReasons.map(
      (reason) => trayStatusFor({ status: 'failed', accountId, reason, message: '' }).label,
    );
    expect(new Set(labels).size).toBe(registrationFailureReasons.length);
  });
});

describe('missed calls in the tray', () => {
  it('are counted in the tooltip and the menu', () => {
    const ready = { status: 'registered', accountId: 'a', expiresInSeconds: 300 } as const;
    expect(trayStatusFor(ready, 1)).toMatchObject({
      tooltip: 'Dialtone — Ready — 1 missed call',
      missed: '1 missed call',
    });
    expect(trayStatusFor(ready, 3).missed).toBe('3 missed calls');
  });
});
