import { describe, expect, it } from 'vitest';
import { appLanguages, type AppLanguage } from '../../../shared/models/language';
import { registrationFailureReasons } from '../../../shared/models/registration';
import { trayMenuTemplate } from '../tray-menu';
import { doNotDisturbText } from './do-not-disturb-text';
import { incomingCallWords } from './incoming-call-words';
import { trayText } from './tray-text';

/** Every line a table gives, with its functions called on sample values. */
function allLines(language: AppLanguage): string[] {
  const tray = trayText(language);
  const call = incomingCallWords(language);
  const dnd = doNotDisturbText(language);
  return [
    ...[tray.ready, tray.connecting, tray.notConnected, tray.failed('x'), tray.noLine],
    ...registrationFailureReasons.map((reason) => tray.failure[reason]),
    ...[1, 2].flatMap((count) => [tray.missedCalls(count), tray.voicemails(count), tray.messages(count)]),
    ...[tray.doNotDisturb, tray.needsLine, tray.saving, tray.show, tray.quit],
    ...[call.title('x'), call.clickToAnswer, call.verified, call.answer, call.decline],
    ...[true, false].flatMap((on) => [dnd.state(on), dnd.failed(on), dnd.notLive(on)]),
    dnd.sendAgain,
  ];
}

describe('the text main shows', () => {
  it('has every line in every language', () => {
    for (const language of appLanguages) {
      expect(allLines(language).filter((line) => line.trim() === '')).toEqual([]);
    }
  });

  it('is translated: no other language repeats the English of its tray, notifications or dialogs', () => {
    const english = new Set(allLines('en'));
    for (const language of appLanguages.filter((other) => other !== 'en')) {
      const same = allLines(language).filter((line) => english.has(line) && !/^\d+ messages?$/.test(line));
      expect(same).toEqual([]);
    }
  });
});

describe('the tray menu’s fixed items', () => {
  const status = { icon: 'ready', label: 'Ready', tooltip: 'Dialtone — Ready', missed: null } as const;
  const noChoices = { redial: null, callBack: null };
  const on = { onShow: () => {}, onToggleDoNotDisturb: () => {}, onQuickDial: () => {}, onQuit: () => {} };
  const labels = (language: AppLanguage, saving: boolean) =>
    trayMenuTemplate(
      { status, doNotDisturb: { kind: 'line', on: true, saving }, quickDial: noChoices, language },
      on,
    ).filter((item) => item.type !== 'separator' && !item.label?.includes(':') && item.label !== 'Ready');

  it('keep their English words', () => {
    expect(labels('en', true).map((item) => [item.label, item.sublabel])).toEqual([
      ['Show Dialtone', undefined],
      ['Do not disturb', 'Saving…'],
      ['Quit', undefined],
    ]);
    const noLine = trayMenuTemplate(
      { status, doNotDisturb: { kind: 'no-line' }, quickDial: noChoices, language: 'en' },
      on,
    );
    expect(noLine.find((item) => item.label === 'Do not disturb')?.sublabel).toBe(
      'Needs your Twilio line: set it up in Dialtone',
    );
  });

  it.each([
    ['fr', 'Afficher Dialtone', 'Ne pas déranger', 'Enregistrement…', 'Quitter'],
    ['de', 'Dialtone anzeigen', 'Nicht stören', 'Wird gespeichert…', 'Beenden'],
    ['es', 'Mostrar Dialtone', 'No molestar', 'Guardando…', 'Salir'],
  ] as const)('speak %s', (language, show, doNotDisturb, saving, quit) => {
    expect(labels(language, true).map((item) => [item.label, item.sublabel])).toEqual([
      [show, undefined],
      [doNotDisturb, saving],
      [quit, undefined],
    ]);
  });
});
