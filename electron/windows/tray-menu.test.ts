import { describe, expect, it, vi } from 'vitest';
import type { QuickDialChoices } from '../services/quick-dial';
import { trayMenuTemplate, type TrayMenuActions } from './tray-menu';
import type { TrayStatus } from './tray-status';

const status: TrayStatus = { icon: 'ready', label: 'Ready', tooltip: 'Dialtone — Ready', missed: null };
const nothing: QuickDialChoices = { redial: null, callBack: null };
const both: QuickDialChoices = {
  redial: { target: '+34912345678', name: 'Ana Ruiz' },
  callBack: { target: '+15125550177', name: '(512) 555-0177' },
};

function actions(): TrayMenuActions {
  return { onShow: vi.fn(), onToggleDoNotDisturb: vi.fn(), onQuickDial: vi.fn(), onQuit: vi.fn() };
}
const menu = (quickDial: QuickDialChoices, language: 'en' | 'fr' | 'de' | 'es' = 'en', on = actions()) =>
  trayMenuTemplate({ status, doNotDisturb: { kind: 'no-line' }, quickDial, language }, on);

describe('tray menu', () => {
  it('names who redial and call back would call, and places that call on click', () => {
    const on = actions();
    const items = menu(both, 'en', on);
    const redial = items.find((item) => item.label === 'Redial Ana Ruiz')!;
    const callBack = items.find((item) => item.label === 'Call back (512) 555-0177')!;
    expect(redial.enabled).not.toBe(false);
    (redial.click as () => void)();
    (callBack.click as () => void)();
    expect(vi.mocked(on.onQuickDial).mock.calls).toEqual([['redial'], ['callBack']]);
  });

  it('disables them with the reason in the label when there is nothing to call', () => {
    const items = menu(nothing);
    expect(items.filter((item) => item.enabled === false).map((item) => item.label)).toEqual([
      'Ready',
      'Redial: no call placed yet',
      'Call back: no missed call to return',
      'Do not disturb',
    ]);
    expect(items.find((item) => item.label?.startsWith('Redial'))?.click).toBeUndefined();
  });

  it('keeps its order: status, redial and call back, Show, do not disturb, Quit', () => {
    expect(menu(both).map((item) => item.label ?? item.type)).toEqual([
      'Ready',
      'separator',
      'Redial Ana Ruiz',
      'Call back (512) 555-0177',
      'separator',
      'Show Dialtone',
      'Do not disturb',
      'separator',
      'Quit',
    ]);
  });

  it.each([
    ['fr', 'Recomposer : Ana Ruiz', 'Rappeler : aucun appel manqué en attente'],
    ['de', 'Wahlwiederholung: Ana Ruiz', 'Zurückrufen: kein verpasster Anruf offen'],
    ['es', 'Volver a marcar: Ana Ruiz', 'Devolver llamada: ninguna llamada perdida pendiente'],
  ] as const)('speaks %s', (language, redial, noCallBack) => {
    const labels = menu({ ...both, callBack: null }, language).map((item) => item.label);
    expect(labels).toContain(redial);
    expect(labels).toContain(noCallBack);
  });
});
