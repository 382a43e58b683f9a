import { describe, expect, it } from 'vitest';
import { appLanguages } from '../../shared/models/language';
import { registrationFailureReasons, type RegistrationState } from '../../shared/models/registration';
import { trayStatusFor, unreadText } from './tray-status';

const accountId = '7f0b8a52-3c1e-4f5a-9d2b-0c6e1a2b3c4d';

describe('trayStatusFor', () => {
  it.each<[RegistrationState, string, string]>([
    [{ status: 'registered', accountId, expiresInSeconds: 300 }, 'ready', 'Ready'],
    [{ status: 'registering', accountId }, 'connecting', 'Connecting…'],
    [{ status: 'unregistered', accountId }, 'offline', 'Not connected'],
    [{ status: 'no-account' }, 'offline', 'No phone line yet'],
  ])('shows %o as the %s icon with "%s"', (state, icon, label) => {
    expect(trayStatusFor('en', state)).toEqual({ icon, label, tooltip: `Dialtone — ${label}`, missed: null });
  });

  it.each([
    ['bad-credentials', 'Not connected: the user name or password was refused'],
    ['not-found', 'Not connected: the server does not know this account'],
    ['tls', 'Not connected: the secure connection failed'],
    ['unreachable', 'Not connected: the server cannot be reached'],
    ['server-error', 'Not connected: the server reported an error'],
  ] as const)('explains a %s failure', (reason, label) => {
    const status = trayStatusFor('en', { status: 'failed', accountId, reason, message: 'ignored' });
    expect(status).toEqual({ icon: 'offline', label, tooltip: `Dialtone — ${label}`, missed: null });
  });

  it('has a distinct explanation for every failure reason', () => {
    const labels = registrationFailureReasons.map(
      (reason) => trayStatusFor('en', { status: 'failed', accountId, reason, message: '' }).label,
    );
    expect(new Set(labels).size).toBe(registrationFailureReasons.length);
  });
});

describe('missed calls, voicemail and messages in the tray', () => {
  const ready = { status: 'registered', accountId: 'a', expiresInSeconds: 300 } as const;
  const unread = (missedCalls: number, voicemails: number, messages: number) => ({ missedCalls, voicemails, messages });

  it('are counted in the tooltip and the menu', () => {
    expect(trayStatusFor('en', ready, unread(1, 0, 0))).toMatchObject({
      tooltip: 'Dialtone — Ready — 1 missed call',
      missed: '1 missed call',
    });
    expect(trayStatusFor('en', ready, unread(3, 0, 0)).missed).toBe('3 missed calls');
  });

  it('names each kind once, singular or plural, and leaves out the kinds with nothing new', () => {
    expect(unreadText('en', unread(2, 1, 3))).toBe('2 missed calls, 1 voicemail, 3 messages');
    expect(unreadText('en', unread(0, 2, 1))).toBe('2 voicemails, 1 message');
    expect(unreadText('en', unread(0, 0, 0))).toBeNull();
    expect(trayStatusFor('en', ready).missed).toBeNull();
  });
});

describe('do not disturb in the tray', () => {
  it('is named in the state line and the tooltip when it is on, with the icon of the line state', () => {
    const ready = { status: 'registered', accountId: 'a', expiresInSeconds: 300 } as const;
    expect(trayStatusFor('en', ready, { missedCalls: 1, voicemails: 0, messages: 0 }, true)).toEqual({
      icon: 'ready',
      label: 'Ready · Do not disturb',
      tooltip: 'Dialtone — Ready · Do not disturb — 1 missed call',
      missed: '1 missed call',
    });
    expect(trayStatusFor('en', { status: 'unregistered', accountId: 'a' }, undefined, true)).toMatchObject({
      icon: 'offline',
      tooltip: 'Dialtone — Not connected · Do not disturb',
    });
    expect(trayStatusFor('en', ready, undefined, false).label).toBe('Ready');
  });
});

describe('the tray in other languages', () => {
  const ready = { status: 'registered', accountId, expiresInSeconds: 300 } as const;

  it('says the line state, the reason it failed and do not disturb in the language', () => {
    expect(trayStatusFor('fr', ready, undefined, true).label).toBe('Prêt · Ne pas déranger');
    expect(trayStatusFor('de', { status: 'failed', accountId, reason: 'unreachable', message: '' }).label).toBe(
      'Nicht verbunden: der Server ist nicht erreichbar',
    );
    expect(trayStatusFor('es', { status: 'no-account' })).toMatchObject({
      label: 'Aún no tienes línea telefónica',
      tooltip: 'Dialtone — Aún no tienes línea telefónica',
    });
  });

  it('counts in the language, singular or plural', () => {
    const counts = { missedCalls: 2, voicemails: 1, messages: 3 };
    expect(unreadText('fr', counts)).toBe('2 appels manqués, 1 message vocal, 3 messages');
    expect(unreadText('de', { missedCalls: 1, voicemails: 2, messages: 1 })).toBe(
      '1 verpasster Anruf, 2 Sprachnachrichten, 1 Nachricht',
    );
    expect(unreadText('es', counts)).toBe('2 llamadas perdidas, 1 mensaje de voz, 3 mensajes');
  });

  it('has a distinct explanation for every failure reason in every language', () => {
    for (const language of appLanguages) {
      const labels = registrationFailureReasons.map(
        (reason) => trayStatusFor(language, { status: 'failed', accountId, reason, message: '' }).label,
      );
      expect(new Set(labels).size).toBe(registrationFailureReasons.length);
    }
  });
});
