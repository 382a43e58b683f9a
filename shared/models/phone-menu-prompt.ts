/**
 * The phone menu's choices as the menu Function offers them (assets/twilio-functions/functions/menu.protected.js):
 * 1 and 2 always, 3 only when forwarding numbers exist. When the person writes no prompt, the Function says the
 * choices' words one after another; Dialtone shows the same words, so this mirrors the Function's rule (the
 * phone-menu-agree test runs the Function to hold them together).
 */
export interface PhoneMenuChoice {
  key: '1' | '2' | '3';
  /** What the generated prompt says for this key. */
  spoken: string;
  /** What the key does, in the app's words. */
  does: string;
}

export function phoneMenuChoices(hasForwardingNumbers: boolean): PhoneMenuChoice[] {
  const choices: PhoneMenuChoice[] = [
    { key: '1', spoken: 'To reach me, press 1.', does: 'Rings Dialtone, with your forwarding as set' },
    { key: '2', spoken: 'To leave a message, press 2.', does: 'Voicemail' },
  ];
  if (hasForwardingNumbers) {
    choices.push({ key: '3', spoken: 'To try my mobile, press 3.', does: 'Rings your forwarding numbers' });
  }
  return choices;
}

/** The prompt the Function makes from the choices when the person wrote none. */
export function generatedMenuPrompt(hasForwardingNumbers: boolean): string {
  return phoneMenuChoices(hasForwardingNumbers)
    .map((choice) => choice.spoken)
    .join(' ');
}

/** What callers hear: the person's own prompt, or the one made from the choices. */
export function spokenMenuPrompt(prompt: string, hasForwardingNumbers: boolean): string {
  return prompt.trim() || generatedMenuPrompt(hasForwardingNumbers);
}
