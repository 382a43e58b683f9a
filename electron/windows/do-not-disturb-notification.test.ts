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
    expect(doNotDisturbNotice(failed, 'tray')).toEqual(expected);
    expect(doNotDisturbNotice(failed, 'shortcut')).toEqual(expected);
    expect(doNotDisturbNotice({ kind: 'failed', on: true, problem: noLineProblem }, 'tray')?.title).toBe(
      'Do not disturb could not be turned off',
    );
  });

  it('says a switch saved here but refused by Twilio is not live yet, with Twilio’s words and where to try again', () => {
    const problem = { code: 20500, message: 'Twilio had an internal error.', whatToDo: 'Wait.', moreInfo: null };
    for (const source of ['tray', 'shortcut'] as const) {
      expect(doNotDisturbNotice({ kind: 'not-live', on: true, problem }, source)).toEqual({
        title: 'Do not disturb is on in Dialtone, but not yet at Twilio',
        body: 'Twilio had an internal error. To send it again, press Try again in Settings, Call handling.',
      });
    }
  });

  it('confirms a shortcut that worked (nothing else shows it), but not the tray, whose checkbox does', () => {
    expect(doNotDisturbNotice({ kind: 'switched', on: true }, 'shortcut')).toEqual({
      title: 'Do not disturb is on: calls to your number do not ring Dialtone.',
      body: '',
    });
    expect(doNotDisturbNotice({ kind: 'switched', on: false }, 'shortcut')?.title).toBe('Do not disturb is off.');
    expect(doNotDisturbNotice({ kind: 'switched', on: true }, 'tray')).toBeNull();
    expect(doNotDisturbNotice({ kind: 'ignored' }, 'shortcut')).toBeNull();
  });

  it('shows the notice and brings Dialtone forward when it is clicked', () => {
    const show = vi.fn();
    const elsewhere = vi.fn();
    const notify = createDoNotDisturbNotifier({ show, elsewhere });
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
    const notify = createDoNotDisturbNotifier({ show: vi.fn(), elsewhere });
    notify({ kind: 'failed', on: false, problem: noLineProblem }, 'tray');
    notify({ kind: 'ignored' }, 'tray');
    expect(electron.shown).toEqual([]);
    expect(elsewhere).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: 'Do not disturb could not be turned on' }),
    );
  });
});
