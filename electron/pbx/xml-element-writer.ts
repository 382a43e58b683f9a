/*
 * A typed model of the XML FreeSWITCH reads (elements with attributes, and comments) and the only code
 * that prints it. Attribute values are escaped; names and comments that XML cannot hold are refused.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly children?: readonly XmlNode[];
}

export interface XmlComment {
  readonly comment: string;
}

export type XmlNode = XmlElement | XmlComment;

export const element = (
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  children: readonly XmlNode[] = [],
): XmlElement => ({ name, attributes, children });
export const xmlComment = (text: string): XmlComment => ({ comment: text });

const xmlName = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const escapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function refuse(what: string): never {
  throw new Error(`XML writer: refusing ${what}`);
}

/** Control characters: XML 1.0 cannot carry most, and turns tab, CR and LF in attributes into spaces. */
const isForbiddenControl = (character: string) => character.charCodeAt(0) < 0x20;

export function escapeXmlAttribute(value: string): string {
  if ([...value].some(isForbiddenControl)) refuse('a control character in an attribute');
  return value.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function printComment(text: string, indent: string): string {
  if (text.includes('--') || text.endsWith('-') || /[\r\n]/.test(text)) {
    refuse('a comment containing "--", ending in "-" or spanning lines');
  }
  return `${indent}<!-- ${text} -->`;
}

function printElement(node: XmlElement, indent: string): string {
  if (!xmlName.test(node.name)) refuse(`the element name ${JSON.stringify(node.name)}`);
  const attributes = Object.entries(node.attributes ?? {}).map(([name, value]) => {
    if (!xmlName.test(name)) refuse(`the attribute name ${JSON.stringify(name)}`);
    return ` ${name}="${escapeXmlAttribute(value)}"`;
  });
  const open = `${indent}<${node.name}${attributes.join('')}`;
  const children = node.children ?? [];
  if (children.length === 0) return `${open}/>`;
  const inner = children.map((child) => printNode(child, `${indent}  `));
  return [`${open}>`, ...inner, `${indent}</${node.name}>`].join('\n');
}

function printNode(node: XmlNode, indent: string): string {
  return 'comment' in node ? printComment(node.comment, indent) : printElement(node, indent);
}

/** One root element, no XML declaration: FreeSWITCH includes these files into its own document. */
export function printXml(root: XmlElement): string {
  return `${printElement(root, '')}\n`;
}
