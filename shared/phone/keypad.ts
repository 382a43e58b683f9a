/** The twelve keys of a phone keypad, with the letters printed under the digits (ITU E.161). */
export const keypadKeys = [
  { key: '1', letters: '' },
  { key: '2', letters: 'ABC' },
  { key: '3', letters: 'DEF' },
  { key: '4', letters: 'GHI' },
  { key: '5', letters: 'JKL' },
  { key: '6', letters: 'MNO' },
  { key: '7', letters: 'PQRS' },
  { key: '8', letters: 'TUV' },
  { key: '9', letters: 'WXYZ' },
  { key: '*', letters: '' },
  { key: '0', letters: '+' },
  { key: '#', letters: '' },
] as const;

export type KeypadKey = (typeof keypadKeys)[number]['key'];

const digitForLetter = new Map<string, string>(
  keypadKeys.flatMap(({ key, letters }) => [...letters].filter((letter) => letter !== '+').map((l) => [l, key])),
);

export function isKeypadKey(key: string): key is KeypadKey {
  return keypadKeys.some((entry) => entry.key === key);
}

/** 1-800-FLOWERS -> 1-800-3569377: letters become the digit they are printed under. */
export function lettersToDigits(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => digitForLetter.get(letter.toUpperCase()) ?? letter);
}

const lowTones = [697, 770, 852, 941] as const;
const highTones = [1209, 1336, 1477] as const;
const rows = ['123', '456', '789', '*0#'];

/** The two frequencies (Hz) of a key's DTMF tone: its row's low tone and its column's high tone. */
export function dtmfFrequencies(key: KeypadKey): readonly [number, number] {
  const row = rows.findIndex((keys) => keys.includes(key));
  const column = rows[row]?.indexOf(key) ?? -1;
  const low = lowTones[row];
  const high = highTones[column];
  if (low === undefined || high === undefined) throw new Error(`Not a keypad key: ${key}`);
  return [low, high];
}

/** How a screen reader should name a key: "*" and "#" read badly on their own. */
export function keyName(key: KeypadKey): string {
  if (key === '*') return 'Star';
  if (key === '#') return 'Pound';
  return key;
}
