/*
 * A typed model of an Asterisk .conf file (pjsip.conf, extensions.conf) and the only code that prints one.
 * Values are refused, not escaped: a ';' starts a comment in Asterisk and a newline starts a new line, so
 * either would let a value write configuration of its own.
 */

export interface AsteriskSetting {
  readonly kind: 'setting';
  readonly key: string;
  readonly value: string;
  /** `exten => …` rather than `key=value`; Asterisk reads both the same way. */
  readonly arrow?: boolean;
}

export interface AsteriskComment {
  readonly kind: 'comment';
  readonly text: string;
}

export type AsteriskLine = AsteriskSetting | AsteriskComment;

export interface AsteriskSection {
  readonly name: string;
  /** `[name](!)`: a template other sections name in their own brackets. */
  readonly isTemplate?: boolean;
  readonly templates?: readonly string[];
  readonly lines: readonly AsteriskLine[];
}

export interface AsteriskConfigFile {
  readonly header: readonly string[];
  readonly sections: readonly AsteriskSection[];
}

export const setting = (key: string, value: string | number): AsteriskSetting => ({
  kind: 'setting',
  key,
  value: String(value),
});
export const arrowSetting = (key: string, value: string): AsteriskSetting => ({
  kind: 'setting',
  key,
  value,
  arrow: true,
});
export const comment = (text: string): AsteriskComment => ({ kind: 'comment', text });

const sectionName = /^[A-Za-z0-9_.+-]{1,80}$/;
const keyName = /^[a-z_]{1,40}$/;
const forbiddenInValue = /[\r\n;]/;

function refuse(what: string): never {
  throw new Error(`Asterisk config: refusing ${what}`);
}

function printComment(text: string): string {
  if (/[\r\n]/.test(text)) refuse('a comment with a line break');
  return text === '' ? ';' : `; ${text}`;
}

function printSetting({ key, value, arrow }: AsteriskSetting): string {
  if (!keyName.test(key)) refuse(`the key ${JSON.stringify(key)}`);
  if (forbiddenInValue.test(value) || value.trim() !== value || value === '') {
    refuse(`an empty value, a value with a line break or ';', or surrounding spaces (key ${key})`);
  }
  return arrow ? `${key} => ${value}` : `${key}=${value}`;
}

function printHeading(section: AsteriskSection): string {
  const names = [section.name, ...(section.templates ?? [])];
  for (const name of names) if (!sectionName.test(name)) refuse(`the section name ${JSON.stringify(name)}`);
  const options = [...(section.isTemplate ? ['!'] : []), ...(section.templates ?? [])];
  return options.length > 0 ? `[${section.name}](${options.join(',')})` : `[${section.name}]`;
}

export function printAsteriskConfig(file: AsteriskConfigFile): string {
  const blocks = [
    ...(file.header.length > 0 ? [file.header.map(printComment).join('\n')] : []),
    ...file.sections.map((section) =>
      [
        printHeading(section),
        ...section.lines.map((line) => (line.kind === 'comment' ? printComment(line.text) : printSetting(line))),
      ].join('\n'),
    ),
  ];
  return `${blocks.join('\n\n')}\n`;
}
