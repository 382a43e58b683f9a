import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

const accented: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** About how much longer German or French text runs than English. */
const growth = 0.4;

function accent(text: string): string {
  return [...text].map((character) => accented[character] ?? character).join('');
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: pseudoElements(element.children) };
    return element;
  });
}

/** English made longer and accented, placeholders and plural rules kept, inside brackets that show cut text. */
export function pseudoLocalize(message: string): string {
  const elements = pseudoElements(parse(message));
  const literalLength = message.replace(/\{[^}]*\}/g, '').length;
  // Words of up to five letters, as a longer language's would wrap, not one unbreakable run.
  const padding = Array.from({ length: Math.ceil(literalLength * growth) }, (_, index) => (index % 6 === 5 ? ' ' : '~'))
    .join('')
    .trim();
  return `[${printAST(elements)}${padding ? ` ${padding}` : ''}]`;
}
