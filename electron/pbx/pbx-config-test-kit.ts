import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { AsteriskConfigInput, PbxConfigInput } from './pbx-config-input';

/*
 * Readers for the generated files, written from the file formats rather than from the generators, so the
 * tests check what Asterisk and FreeSWITCH would read.
 */

// ---------------------------------------------------------------- Asterisk .conf

export interface ParsedSection {
  name: string;
  isTemplate: boolean;
  templates: string[];
  entries: { key: string; value: string }[];
}

/** Sections in order; comments dropped; repeated keys (match=, exten =>) kept in order. */
export function parseAsteriskConfig(text: string): ParsedSection[] {
  const sections: ParsedSection[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/;.*$/, '').trim();
    if (line === '') continue;
    const heading = /^\[([^\]]+)\](?:\(([^)]*)\))?$/.exec(line);
    if (heading) {
      const options = (heading[2] ?? '').split(',').filter((option) => option !== '');
      sections.push({
        name: heading[1] ?? '',
        isTemplate: options.includes('!'),
        templates: options.filter((option) => option !== '!'),
        entries: [],
      });
      continue;
    }
    const entry = /^([^=]+?)\s*=>?\s*(.*)$/.exec(line);
    const current = sections.at(-1);
    if (!entry || !current) throw new Error(`Not an Asterisk config line: ${rawLine}`);
    current.entries.push({ key: entry[1] ?? '', value: entry[2] ?? '' });
  }
  return sections;
}

export interface PjsipObject {
  name: string;
  type: string;
  /** Own entries after the templates' entries, as Asterisk applies them. */
  entries: { key: string; value: string }[];
}

export function pjsipObjects(sections: ParsedSection[]): PjsipObject[] {
  const templates = new Map(sections.filter((s) => s.isTemplate).map((s) => [s.name, s]));
  const withTemplates = (section: ParsedSection): { key: string; value: string }[] =>
    section.templates.flatMap((name) => {
      const template = templates.get(name);
      if (!template) throw new Error(`[${section.name}] names the missing template ${name}`);
      return [...withTemplates(template), ...template.entries];
    });
  return sections
    .filter((section) => !section.isTemplate)
    .map((section) => {
      const entries = [...withTemplates(section), ...section.entries];
      return { name: section.name, type: valueOf(entries, 'type') ?? '', entries };
    });
}

export function valueOf(entries: { key: string; value: string }[], key: string): string | undefined {
  return entries.findLast((entry) => entry.key === key)?.value;
}

export function valuesOf(entries: { key: string; value: string }[], key: string): string[] {
  return entries.filter((entry) => entry.key === key).map((entry) => entry.value);
}

/** The keys this project requires of each PJSIP object type (Asterisk's own minimum plus our choices). */
export const requiredPjsipKeys: Readonly<Record<string, readonly string[]>> = {
  transport: ['protocol', 'bind'],
  endpoint: ['transport', 'context', 'disallow', 'allow', 'aors', 'media_encryption', 'dtmf_mode'],
  auth: ['auth_type', 'username', 'password'],
  aor: [],
  identify: ['endpoint', 'match'],
};

export function missingPjsipKeys(object: PjsipObject): string[] {
  const required = requiredPjsipKeys[object.type];
  if (!required) return [`type (unknown type "${object.type}")`];
  const missing = required.filter((key) => valueOf(object.entries, key) === undefined);
  if (object.type === 'aor' && !valueOf(object.entries, 'contact') && !valueOf(object.entries, 'max_contacts')) {
    missing.push('contact or max_contacts');
  }
  if (object.type === 'transport' && valueOf(object.entries, 'protocol') === 'tls') {
    missing.push(...['cert_file', 'priv_key_file'].filter((key) => !valueOf(object.entries, key)));
  }
  return missing;
}

const referenceTypes: readonly { from: string; key: string; to: string }[] = [
  { from: 'endpoint', key: 'auth', to: 'auth' },
  { from: 'endpoint', key: 'outbound_auth', to: 'auth' },
  { from: 'endpoint', key: 'aors', to: 'aor' },
  { from: 'endpoint', key: 'transport', to: 'transport' },
  { from: 'identify', key: 'endpoint', to: 'endpoint' },
];

/** "[from] key=value" for every reference that names no object of the expected type. */
export function unresolvedPjsipReferences(objects: PjsipObject[]): string[] {
  const exists = (type: string, name: string) => objects.some((o) => o.type === type && o.name === name);
  return referenceTypes.flatMap(({ from, key, to }) =>
    objects
      .filter((object) => object.type === from)
      .flatMap((object) =>
        valuesOf(object.entries, key)
          .flatMap((value) => value.split(','))
          .filter((name) => !exists(to, name.trim()))
          .map((name) => `[${object.name}] ${key}=${name}`),
      ),
  );
}

// ---------------------------------------------------------------- Asterisk dialplan

function patternRegExp(pattern: string): RegExp {
  const source = [...pattern.slice(1).matchAll(/\[[^\]]+\]|./g)]
    .map(([token]) => {
      const classes: Record<string, string> = { X: '[0-9]', Z: '[1-9]', N: '[2-9]', '.': '.+', '!': '.*' };
      if (token.startsWith('[')) return token;
      return classes[token] ?? token.replace(/[+*?^$(){}|\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Asterisk tries literal extensions first, then patterns whose earlier characters match fewer digits. */
function specificity(pattern: string): number[] {
  if (!pattern.startsWith('_')) return [0];
  const sizes: Record<string, number> = { X: 10, Z: 9, N: 8, '.': 99, '!': 99 };
  return [...pattern.slice(1).matchAll(/\[[^\]]+\]|./g)].map(([token]) =>
    token.startsWith('[') ? token.length - 2 : (sizes[token] ?? 1),
  );
}

function compareSpecificity(a: string, b: string): number {
  const [left, right] = [specificity(a), specificity(b)];
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 100) - (right[index] ?? 100);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The extension Asterisk would pick for `dialled` in `context` or a context it includes, at priority 1. */
export function firstApplication(
  sections: ParsedSection[],
  context: string,
  dialled: string,
): { context: string; pattern: string; application: string } | null {
  const contexts = new Set([context]);
  for (const name of contexts) {
    const section = sections.find((s) => s.name === name);
    valuesOf(section?.entries ?? [], 'include').forEach((included) => contexts.add(included));
  }
  const candidates = [...contexts]
    .flatMap((name) =>
      valuesOf(sections.find((s) => s.name === name)?.entries ?? [], 'exten').map((value) => ({ name, value })),
    )
    .flatMap(({ name, value }) => {
      const match = /^([^,]+),1,(.*)$/.exec(value);
      return match?.[1] && match[2] ? [{ context: name, pattern: match[1], application: match[2] }] : [];
    })
    .filter(({ pattern }) => (pattern.startsWith('_') ? patternRegExp(pattern).test(dialled) : pattern === dialled))
    .sort((a, b) => compareSpecificity(a.pattern, b.pattern));
  return candidates[0] ?? null;
}

/** Follows Goto(context,expression,1) with ${EXTEN} and ${EXTEN:n}; where it stops, with the number it carries. */
export function followDialplan(sections: ParsedSection[], context: string, dialled: string) {
  let place = { context, exten: dialled };
  for (let hops = 0; hops < 5; hops += 1) {
    const found = firstApplication(sections, place.context, place.exten);
    if (!found) return { ...place, application: null };
    const goto = /^Goto\(([^,]+),([^,]+),1\)$/.exec(found.application);
    if (!goto?.[1] || !goto[2]) return { context: found.context, exten: place.exten, application: found.application };
    const exten = place.exten;
    const target = goto[2].replace(/\$\{EXTEN(?::(\d+))?\}/g, (_, skip?: string) => exten.slice(Number(skip ?? 0)));
    place = { context: goto[1], exten: target };
  }
  throw new Error('Goto loop in the dialplan');
}

// ---------------------------------------------------------------- FreeSWITCH XML

const repeatedElements = new Set(['param', 'variable', 'extension', 'condition', 'action']);

export type XmlTree = Record<string, unknown>;

/** Throws with the validator's reason when the text is not well-formed XML. */
export function parseFreeswitchXml(text: string): XmlTree {
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) throw new Error(`Not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => repeatedElements.has(name),
  });
  return parser.parse(text) as XmlTree;
}

export function childrenOf(node: unknown, name: string): XmlTree[] {
  const value = (node as XmlTree | undefined)?.[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as XmlTree[];
}

export function gatewayParams(tree: XmlTree): Map<string, string> {
  const gateway = childrenOf(childrenOf(tree, 'include')[0], 'gateway')[0];
  return new Map(childrenOf(gateway, 'param').map((param) => [String(param.name), String(param.value)]));
}

const commonSample = {
  terminationDomain: 'my-office.pstn.twilio.com',
  edge: 'ashburn',
  secure: true,
  terminationUsername: 'office-pbx',
  pbxAddress: '203.0.113.10',
  pbxSipPort: 5061,
  phoneNumber: '+15125550100',
  country: 'US',
} as const satisfies Omit<PbxConfigInput, 'pbx'>;

export function asteriskInput(overrides: Partial<AsteriskConfigInput> = {}): AsteriskConfigInput {
  return {
    pbx: 'asterisk',
    ...commonSample,
    dialtoneExtension: { number: '1001', username: 'dialtone-1001' },
    ...overrides,
  };
}

export function freeswitchInput(
  pbx: 'freeswitch' | 'bigbluebutton',
  overrides: Partial<Omit<PbxConfigInput, 'pbx'>> = {},
): PbxConfigInput {
  return { pbx, ...commonSample, ...overrides };
}

export const samplePasswords = { termination: 'Trunk-Secret-2026', extension: 'Phone-Secret-2026' };
