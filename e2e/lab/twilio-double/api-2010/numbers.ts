import { containsMatcher, defaultCatalogue, formatNumber, type CatalogueNumber } from '../catalogue';
import { notFound, TwilioError } from '../errors';
import { formBoolean, list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import { newResource, type NumberRecord } from '../state';
import { accountBase } from './accounts';

const numberTypes = { Local: 'local', Mobile: 'mobile', TollFree: 'tollFree' } as const;
const capabilitiesOf = (n: CatalogueNumber) => n.capabilities ?? { voice: true, sms: true, mms: true, fax: false };

function isTaken(context: Context, phoneNumber: string): boolean {
  return context.store.numbers.some((owned) => owned.phoneNumber === phoneNumber);
}

function catalogueOf(context: Context): CatalogueNumber[] {
  return context.account.availableNumbers ?? defaultCatalogue;
}

function availableJson(n: CatalogueNumber) {
  const { voice, sms, mms, fax } = capabilitiesOf(n);
  return {
    friendly_name: n.friendlyName ?? formatNumber(n.phoneNumber),
    phone_number: n.phoneNumber,
    lata: n.lata ?? null,
    locality: n.locality ?? null,
    rate_center: n.rateCenter ?? null,
    latitude: null,
    longitude: null,
    region: n.region ?? null,
    postal_code: n.postalCode ?? null,
    iso_country: n.isoCountry,
    address_requirements: n.addressRequirements ?? 'none',
    beta: n.beta ?? false,
    // Lower case, as the spec's example (the IncomingPhoneNumber has the same keys plus fax).
    capabilities: { voice, sms, mms, fax: fax ?? false },
  };
}

function search(context: Context): CatalogueNumber[] {
  const { query } = context;
  const type = numberTypes[context.params.Type as keyof typeof numberTypes];
  const areaCode = query.get('AreaCode');
  const contains = query.get('Contains');
  const matches = contains ? containsMatcher(contains) : () => true;
  const wants = (name: 'voice' | 'sms' | 'mms') =>
    formBoolean(query.get(`${name[0]!.toUpperCase()}${name.slice(1)}Enabled`));
  return catalogueOf(context).filter(
    (n) =>
      n.isoCountry === context.params.CountryCode &&
      n.type === type &&
      !isTaken(context, n.phoneNumber) &&
      (!areaCode || n.phoneNumber.startsWith(`+1${areaCode}`)) &&
      matches(n.phoneNumber) &&
      (['voice', 'sms', 'mms'] as const).every((name) => wants(name) !== true || capabilitiesOf(n)[name]),
  );
}

export function numberJson(n: NumberRecord) {
  const uri = `/2010-04-01/Accounts/${n.accountSid}/IncomingPhoneNumbers/${n.sid}.json`;
  return {
    account_sid: n.accountSid,
    address_sid: n.addressSid,
    address_requirements: n.catalogue.addressRequirements ?? 'none',
    api_version: '2010-04-01',
    beta: n.catalogue.beta ?? false,
    capabilities: { fax: false, ...capabilitiesOf(n.catalogue) },
    date_created: rfc2822(n.dateCreated),
    date_updated: rfc2822(n.dateUpdated),
    friendly_name: n.friendlyName,
    identity_sid: null,
    phone_number: n.phoneNumber,
    origin: 'twilio',
    sid: n.sid,
    ...n.fields,
    trunk_sid: n.trunkSid,
    uri,
    voice_receive_mode: 'voice',
    voice_caller_id_lookup: false,
    emergency_status: 'Inactive',
    emergency_address_sid: null,
    emergency_address_status: 'unregistered',
    bundle_sid: null,
    status: 'in-use',
    type: n.catalogue.type === 'tollFree' ? 'tollfree' : n.catalogue.type,
  };
}

const updatable = [
  'VoiceUrl',
  'VoiceMethod',
  'VoiceFallbackUrl',
  'VoiceFallbackMethod',
  'StatusCallback',
  'StatusCallbackMethod',
  'SmsUrl',
  'SmsMethod',
  'SmsFallbackUrl',
  'SmsFallbackMethod',
  'VoiceApplicationSid',
];
const snake = (name: string) => name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();

function applyFields(record: NumberRecord, form: URLSearchParams) {
  for (const name of updatable) {
    const value = form.get(name);
    // An empty value clears the field (spec-patches.ts, patch 3).
    if (value !== null) record.fields[snake(name)] = value === '' ? null : value;
  }
  // A voice application and a trunk cancel each other (the spec's TrunkSid and VoiceApplicationSid).
  if (form.get('VoiceApplicationSid')) record.trunkSid = null;
  record.friendlyName = form.get('FriendlyName') ?? record.friendlyName;
  record.dateUpdated = new Date();
}

export function newNumber(accountSid: string, catalogue: CatalogueNumber): NumberRecord {
  const fields: Record<string, string | null> = {};
  for (const name of updatable) fields[snake(name)] = name.endsWith('Method') ? 'POST' : null;
  fields.sms_application_sid = null;
  const friendlyName = formatNumber(catalogue.phoneNumber);
  return {
    ...newResource('PN', accountSid),
    phoneNumber: catalogue.phoneNumber,
    friendlyName,
    catalogue,
    addressSid: null,
    trunkSid: null,
    fields,
  };
}

function buy(context: Context) {
  const { form, store, account } = context;
  const phoneNumber = form.get('PhoneNumber');
  const areaCode = form.get('AreaCode');
  const candidates = catalogueOf(context).filter((n) => !isTaken(context, n.phoneNumber));
  const wanted = phoneNumber
    ? candidates.find((n) => n.phoneNumber === phoneNumber)
    : candidates.find((n) => areaCode && n.phoneNumber.startsWith(`+1${areaCode}`));
  if (!phoneNumber && !areaCode) throw new TwilioError(400, 21605, 'A PhoneNumber or AreaCode is required.');
  if (!wanted) {
    if (!phoneNumber) throw new TwilioError(400, 21452, `No phone numbers found in area code ${areaCode}`);
    throw new TwilioError(400, 21422, `PhoneNumber ${phoneNumber} is not available.`);
  }
  const owned = store.numbers.filter((n) => n.accountSid === account.sid).length;
  if (account.type === 'Trial' && owned >= 1) {
    throw new TwilioError(400, 10002, 'Trial account does not support this feature');
  }
  if ((wanted.addressRequirements ?? 'none') !== 'none' && !form.get('AddressSid')) {
    // Twilio's words for 21631 (FACTS §5: twilio.com/docs/api/errors/21631).
    throw new TwilioError(400, 21631, "Phone Number Requires an Address but the 'AddressSid' parameter was empty.");
  }
  const record = newNumber(account.sid, wanted);
  record.addressSid = form.get('AddressSid');
  applyFields(record, form);
  store.numbers.push(record);
  store.purchases.push({ accountSid: account.sid, phoneNumber: wanted.phoneNumber, sid: record.sid });
  return { status: 201, body: numberJson(record) };
}

function findNumber(context: Context): NumberRecord {
  const found = context.store.numbers.find((n) => n.sid === context.params.Sid && n.accountSid === context.account.sid);
  if (!found) throw notFound(context.path);
  return found;
}

export const numberRoutes: Route[] = [
  route('api', 'GET', `${accountBase}/AvailablePhoneNumbers/:CountryCode/:Type.json`, (context) => {
    if (!(context.params.Type! in numberTypes)) throw notFound(context.path);
    const pageSize = Number(context.query.get('PageSize') ?? 50);
    // One page only, no paging links beyond it: Twilio returns at most PageSize matches for a search.
    const body = list2010(
      context,
      'available_phone_numbers',
      search(context).slice(0, pageSize).map(availableJson),
    ).body;
    return { status: 200, body: { ...body, next_page_uri: null } };
  }),
  route('api', 'GET', `${accountBase}/IncomingPhoneNumbers.json`, (context) => {
    const phoneNumber = context.query.get('PhoneNumber');
    const friendlyName = context.query.get('FriendlyName');
    const owned = context.store.numbers.filter(
      (n) =>
        n.accountSid === context.account.sid &&
        (!phoneNumber || n.phoneNumber.includes(phoneNumber)) &&
        (!friendlyName || n.friendlyName === friendlyName),
    );
    return list2010(context, 'incoming_phone_numbers', owned.map(numberJson));
  }),
  route('api', 'POST', `${accountBase}/IncomingPhoneNumbers.json`, buy),
  route('api', 'GET', `${accountBase}/IncomingPhoneNumbers/:Sid.json`, (context) => ({
    status: 200,
    body: numberJson(findNumber(context)),
  })),
  route('api', 'POST', `${accountBase}/IncomingPhoneNumbers/:Sid.json`, (context) => {
    const record = findNumber(context);
    applyFields(record, context.form);
    return { status: 200, body: numberJson(record) };
  }),
  route('api', 'DELETE', `${accountBase}/IncomingPhoneNumbers/:Sid.json`, (context) => {
    const record = findNumber(context);
    context.store.numbers.splice(context.store.numbers.indexOf(record), 1);
    return { status: 204 };
  }),
];
