import { z } from 'zod';

/**
 * How a system-wide shortcut's registration went: active; off (no shortcut set); taken (another
 * application has it); refused (the system does not accept it); unavailable (this shell has none).
 */
export const hotkeyStates = ['active', 'off', 'taken', 'refused', 'unavailable'] as const;
export type HotkeyState = (typeof hotkeyStates)[number];

const state = z.enum(hotkeyStates);

export const hotkeyStatusSchema = z.strictObject({
  hotkeyAnswer: state,
  hotkeyHangUp: state,
  hotkeyMute: state,
  hotkeyDoNotDisturb: state,
  hotkeyRedial: state,
  hotkeyCallBack: state,
});
export type HotkeyStatus = z.infer<typeof hotkeyStatusSchema>;

export const hotkeysUnavailable: HotkeyStatus = {
  hotkeyAnswer: 'unavailable',
  hotkeyHangUp: 'unavailable',
  hotkeyMute: 'unavailable',
  hotkeyDoNotDisturb: 'unavailable',
  hotkeyRedial: 'unavailable',
  hotkeyCallBack: 'unavailable',
};
