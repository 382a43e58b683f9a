import ICAL from 'ical.js';
import { countryFromAddress } from './card-country';
import { splitTelUri } from '../../shared/phone/phone-link';
import { phoneLabelFrom, type RawContact } from './contact-draft-builder';
import type { CardText } from './vcard-lines';

type Property = InstanceType<typeof ICAL.Property>;

/** A vCard value as plain text: structured and multi-values (N, ORG) flattened, everything else as a string. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value))
    return value
      .map(textOf)
      .filter((part) => part.trim() !== '')
      .join(' ');
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The whole value as ical.js parsed it (jCal, before any date or number decoding, which throws on
 * junk). ical.js splits vCard 3.0 NOTE at unescaped commas, which 2.1 and many 3.0 exporters write:
 * the parts are joined back.
 */
function valueOf(property: Property): string {
  return (property.jCal as unknown[]).slice(3).map(textOf).join(',');
}

/** The fields of a structured value (N, ORG), as text. */
function fieldsOf(property: Property): string[] {
  const value: unknown = (property.jCal as unknown[])[3];
  return Array.isArray(value) ? value.map(textOf) : [textOf(value)];
}

function parameterList(property: Property, name: string): string[] {
  const value: unknown = property.getParameter(name);
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(',') : [];
}

/** "Doe;John;Paul;Dr.;Jr." -> "Dr. John Paul Doe Jr." */
function nameFromN(property: Property): string {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = fieldsOf(property);
  return [prefix, given, additional, family, suffix].filter((part) => part.trim() !== '').join(' ');
}

/** Apple's "_$!<Mobile>!$_" label, or a custom one, for the TEL in the same group (item1.TEL, item1.X-ABLabel). */
function groupLabels(properties: Property[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const property of properties) {
    const group: unknown = property.getParameter('group');
    if (property.name === 'x-ablabel' && typeof group === 'string') {
      labels.set(group.toLowerCase(), valueOf(property).replace(/^_\$!<(.*)>!\$_$/, '$1'));
    }
  }
  return labels;
}

function addTel(raw: RawContact, property: Property, labels: Map<string, string>): void {
  const value = valueOf(property).trim();
  if (/^sips?:/i.test(value)) {
    raw.sipAddresses.push(value);
    return;
  }
  let number = value;
  if (/^tel:/i.test(value)) {
    const parts = splitTelUri(value);
    number = parts === null ? value.slice(4) : parts.number + (parts.extension ? ` ext. ${parts.extension}` : '');
  }
  const group: unknown = property.getParameter('group');
  const groupLabel = typeof group === 'string' ? labels.get(group.toLowerCase()) : undefined;
  const fromGroup = groupLabel ? phoneLabelFrom([groupLabel]) : 'other';
  const label = fromGroup === 'other' ? phoneLabelFrom(parameterList(property, 'type')) : fromGroup;
  raw.phones.push({ label, number });
}

function addProperty(
  raw: RawContact,
  property: Property,
  labels: Map<string, string>,
  names: { fn: string; n: string },
): void {
  switch (property.name) {
    case 'fn':
      names.fn ||= valueOf(property);
      return;
    case 'n':
      names.n ||= nameFromN(property);
      return;
    case 'org':
      raw.organisation ||= fieldsOf(property)
        .filter((part) => part.trim() !== '')
        .join(', ');
      return;
    case 'tel':
      addTel(raw, property, labels);
      return;
    case 'email':
      raw.emails.push(valueOf(property));
      return;
    case 'impp': {
      const value = valueOf(property).trim();
      if (/^sips?:/i.test(value)) raw.sipAddresses.push(value);
      return;
    }
    case 'x-sip':
    case 'x-sip-address':
      raw.sipAddresses.push(valueOf(property));
      return;
    case 'note':
      raw.notes.push(valueOf(property));
      return;
    case 'adr':
      // ADR: post box; extended; street; locality; region; postal code; country.
      raw.addressCountry ??= countryFromAddress(fieldsOf(property)[6] ?? '');
      return;
    case 'x-dialtone-favourite':
      raw.favourite = /^(1|true|yes)$/i.test(valueOf(property).trim());
      return;
    default:
      return;
  }
}

/** Reads one card with ical.js. Throws ical.js's ParserError for a card it cannot read. */
export function readCard(card: CardText): RawContact {
  const parsed: unknown = ICAL.parse(card.text);
  const jCard = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  const component = new ICAL.Component(jCard as unknown[]);
  const properties = component.getAllProperties();
  const labels = groupLabels(properties);
  const raw: RawContact = {
    where: { card: card.index },
    names: [],
    organisation: '',
    phones: [],
    sipAddresses: [],
    emails: [],
    notes: [],
    favourite: false,
  };
  const names = { fn: '', n: '' };
  for (const property of properties) addProperty(raw, property, labels, names);
  raw.names = [names.fn, names.n];
  return raw;
}
