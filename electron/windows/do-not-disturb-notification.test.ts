import { beforeEach, describe, expect, it, vi } from 'vitest';
import { noLineProblem } from '../services/setup/do-not-disturb-switch';
import { sampleTwilioProblem } from '../test-support/setup-samples';
import { createDoNotDisturbNotifier, doNotDisturbNotice } from './do-not-disturb-notification';

const electron = vi.hoisted(() => ({
  shown: [] as { title: string; body: string; click?: () => void }[],
  supported: true,
}));

vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => electron.supported;
    entry: { title: string; body: string; click?: () => void };
    constructor(options: { title: string; body: string }) {
      this.entry = { ...options };
    }
    on(name: 'click' | 'close', listener: () => void) {
      if (name === 'click') this.entry.click = listener;
    }
    show() {
      electron.shown.push(this.entry);
    }
  },
}));

beforeEach(() => {
  electron.shown.length = 0;
  electron.supported = true;
});

describe('what a do not disturb press tells the person', () => {
  it('says what went wrong, what to do and what holds now when the switch failed, from the tray or a shortcut', () => {
    const failed = { kind: 'failed', on: false, problem: sampleTwilioProblem } as const;
    const expected = {
      title: 'Do not disturb could not be turned on',
      body: 'Phone Number Requires an Address Add an address in the Twilio Console, then try again. Do not disturb is off.',
    };
    expect(doNotDisturbNotice(failed, 'tray', 'en')).toEqual(expected);
    expect(doNotDisturbNotice(failed, 'shortcut', 'en')).toEqual(expected);
    expect(doNotDisturbNotice({ kind: 'failed', on: true, problem: noLineProblem }, 'tray', 'en')?.title).toBe(
      'Do not disturb could not be turned off',
    );
  });

  it('says a switch saved here but refused by Twilio is not live yet, with Twilio’s words and where to try again', () => {
    const problem = { code: 20500, message: 'Twilio had an internal error.', whatToDo: 'Wait.', moreInfo: null };
    for (const source of ['tray', 'shortcut'] as const) {
      expect(doNotDisturbNotice({ kind: 'not-live', on: true, problem }, source, 'en')).toEqual({
        title: 'Do not disturb is on in Dialtone, but not yet at Twilio',
        body: 'Twilio had an internal error. To send it again, press Try again in Settings, Call handling.',
      });
    }
  });

  it('confirms a shortcut that worked (nothing else shows it), but not the tray, whose checkbox does', () => {
    expect(doNotDisturbNotice({ kind: 'switched', on: true }, 'shortcut', 'en')).toEqual({
      title: 'Do not disturb is on: calls to your number do not ring Dialtone.',
      body: '',
    });
    expect(doNotDisturbNotice({ kind: 'switched', on: false }, 'shortcut', 'en')?.title).toBe('Do not disturb is off.');
    expect(doNotDisturbNotice({ kind: 'switched', on: true }, 'tray', 'en')).toBeNull();
    expect(doNotDisturbNotice({ kind: 'ignored' }, 'shortcut', 'en')).toBeNull();
  });

  it('shows the notice and brings Dialtone forward when it is clicked', () => {
    const show = vi.fn();
    const elsewhere = vi.fn();
    const notify = createDoNotDisturbNotifier({ show, elsewhere, language: () => 'en' });
    notify({ kind: 'failed', on: false, problem: noLineProblem }, 'shortcut');
    expect(electron.shown).toEqual([
      expect.objectContaining({
        title: 'Do not disturb could not be turned on',
        body: expect.stringContaining(noLineProblem.whatToDo),
      }),
    ]);
    electron.shown[0]?.click?.();
    expect(show).toHaveBeenCalledTimes(1);
    notify({ kind: 'switched', on: true }, 'tray');
    expect(electron.shown).toHaveLength(1);
    expect(elsewhere).not.toHaveBeenCalled();
  });

  it('hands the notice to another way of showing it where the system has no notifications', () => {
    electron.supported = false;
    const elsewhere = vi.fn();
    const notify = createDoNotDisturbNotifier({ show: vi.fn(), elsewhere, language: () => 'en' });
    notify({ kind: 'failed', on: false, problem: noLineProblem }, 'tray');
    notify({ kind: 'ignored' }, 'tray');
    expect(electron.shown).toEqual([]);
    expect(elsewhere).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: 'Do not disturb could not be turned on' }),
    );
  });
});

describe('a do not disturb notice in other languages', () => {
  it('says what holds, what failed and where to send it again in the language, with Twilio’s words as they came', () => {
    const problem = { code: 20500, message: 'Twilio had an internal error.', whatToDo: 'Wait.', moreInfo: null };
    expect(doNotDisturbNotice({ kind: 'switched', on: true }, 'shortcut', 'fr')?.title).toBe(
      'Ne pas déranger est activé : les appels vers votre numéro ne font pas sonner Dialtone.',
    );
    expect(doNotDisturbNotice({ kind: 'failed', on: false, problem }, 'tray', 'de')).toEqual({
      title: '„Nicht stören“ konnte nicht aktiviert werden',
      body: 'Twilio had an internal error. Wait. „Nicht stören“ ist deaktiviert.',
    });
    expect(doNotDisturbNotice({ kind: 'not-live', on: false, problem }, 'tray', 'es')).toEqual({
      title: 'No molestar está desactivado en Dialtone, pero aún no en Twilio',
      body: 'Twilio had an internal error. Para volver a enviarlo, pulsa Reintentar en Ajustes, Gestión de llamadas.',
    });
  });

  it('asks for the language when it shows, not when it was made', () => {
    let language: 'en' | 'fr' = 'en';
    const notify = createDoNotDisturbNotifier({ show: vi.fn(), elsewhere: vi.fn(), language: () => language });
    notify({ kind: 'switched', on: false }, 'shortcut');
    language = 'fr';
    notify({ kind: 'switched', on: false }, 'shortcut');
    expect(electron.shown.map((notice) => notice.title)).toEqual([
      'Do not disturb is off.',
      'Ne pas déranger est désactivé.',
    ]);
  });
});
