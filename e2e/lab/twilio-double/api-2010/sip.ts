import { badParameter, notFound, TwilioError } from '../errors';
import { formBoolean, list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { newResource, type DomainRecord, type MappingRecord } from '../state';
import { accountBase } from './accounts';
import { credentialListRoutes, dates, owned } from './sip-credentials';

const sip = `${accountBase}/SIP`;
const domainFields = [
  'VoiceUrl',
  'VoiceMethod',
  'VoiceFallbackUrl',
  'VoiceFallbackMethod',
  'VoiceStatusCallbackUrl',
  'VoiceStatusCallbackMethod',
];
const snake = (name: string) => name.replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase();
function domainJson(context: Context, d: DomainRecord) {
  const uri = `/2010-04-01/Accounts/${d.accountSid}/SIP/Domains/${d.sid}`;
  const callsAuth = context.store.mappings.some((m) => m.domainSid === d.sid && m.kind === 'calls');
  return {
    account_sid: d.accountSid,
    api_version: '2010-04-01',
    auth_type: callsAuth ? 'CREDENTIAL_LIST' : null,
    ...dates(d),
    domain_name: d.domainName,
    friendly_name: d.friendlyName,
    sid: d.sid,
    uri: `${uri}.json`,
    ...d.fields,
    subresource_uris: {
      credential_list_mappings: `${uri}/CredentialListMappings.json`,
      ip_access_control_list_mappings: `${uri}/IpAccessControlListMappings.json`,
    },
    sip_registration: d.sipRegistration,
    emergency_calling_enabled: d.emergencyCallingEnabled,
    secure: d.secure,
    byoc_trunk_sid: null,
    emergency_caller_sid: null,
  };
}

function applyDomain(context: Context, d: DomainRecord) {
  const { form, store } = context;
  const name = form.get('DomainName');
  if (name !== null && name !== d.domainName) {
    if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.sip\.twilio\.com$/.test(name)) {
      throw badParameter(`DomainName ${name} is invalid: use letters, digits and '-', ending in sip.twilio.com`);
    }
    // ASSUMPTION: 21232 and this wording; domain names are unique across all accounts (twilio.com/docs/api/rest/domain).
    if (store.domains.some((other) => other.domainName.toLowerCase() === name.toLowerCase())) {
      throw new TwilioError(400, 21232, `The domain ${name} already exists`);
    }
    d.domainName = name;
  }
  for (const field of domainFields) {
    const value = form.get(field);
    if (value !== null) d.fields[snake(field)] = value;
  }
  d.friendlyName = form.get('FriendlyName') ?? d.friendlyName;
  d.sipRegistration = formBoolean(form.get('SipRegistration')) ?? d.sipRegistration;
  d.secure = formBoolean(form.get('Secure')) ?? d.secure;
  d.emergencyCallingEnabled = formBoolean(form.get('EmergencyCallingEnabled')) ?? d.emergencyCallingEnabled;
  d.dateUpdated = new Date();
}

function newDomain(context: Context): DomainRecord {
  const fields: Record<string, string | null> = {};
  for (const field of domainFields) fields[snake(field)] = field.endsWith('Method') ? 'POST' : null;
  return {
    ...newResource('SD', context.account.sid),
    domainName: '',
    friendlyName: null,
    fields,
    sipRegistration: false,
    secure: false,
    emergencyCallingEnabled: false,
  };
}

function mappingRoutes(kind: MappingRecord['kind'], base: string): Route[] {
  const mappingJson = (context: Context, m: MappingRecord) => {
    const list = context.store.credentialLists.find((l) => l.sid === m.credentialListSid);
    // The mapping's sid IS the credential list's sid (CL…), as the spec's schema and example say.
    return {
      account_sid: m.accountSid,
      ...dates(m),
      friendly_name: list?.friendlyName ?? null,
      sid: m.credentialListSid,
    };
  };
  const mappingsOf = (context: Context) => {
    owned(context, context.store.domains, context.params.DomainSid);
    return context.store.mappings.filter((m) => m.kind === kind && m.domainSid === context.params.DomainSid);
  };
  const find = (context: Context) => {
    const found = mappingsOf(context).find((m) => m.credentialListSid === context.params.Sid);
    if (!found) throw notFound(context.path);
    return found;
  };
  return [
    route('api', 'GET', `${base}.json`, (context) =>
      list2010(
        context,
        'contents',
        mappingsOf(context).map((m) => mappingJson(context, m)),
      ),
    ),
    route('api', 'POST', `${base}.json`, (context) => {
      const list = owned(context, context.store.credentialLists, context.form.get('CredentialListSid') ?? undefined);
      if (mappingsOf(context).some((m) => m.credentialListSid === list.sid)) {
        throw badParameter(`Credential list ${list.sid} is already mapped to this domain`);
      }
      const now = new Date();
      const mapping: MappingRecord = {
        sid: list.sid,
        accountSid: context.account.sid,
        dateCreated: now,
        dateUpdated: now,
        kind,
        domainSid: context.params.DomainSid!,
        credentialListSid: list.sid,
      };
      context.store.mappings.push(mapping);
      if (kind === 'registrations')
        context.store.announceCredentials({ domainSid: mapping.domainSid, credentialListSid: list.sid });
      return { status: 201, body: mappingJson(context, mapping) };
    }),
    route('api', 'GET', `${base}/:Sid.json`, (context) => ({ status: 200, body: mappingJson(context, find(context)) })),
    route('api', 'DELETE', `${base}/:Sid.json`, (context) => {
      context.store.mappings.splice(context.store.mappings.indexOf(find(context)), 1);
      return { status: 204 };
    }),
  ];
}

export const sipRoutes: Route[] = [
  route('api', 'GET', `${sip}/Domains.json`, (context) =>
    list2010(
      context,
      'domains',
      context.store.domains.filter((d) => d.accountSid === context.account.sid).map((d) => domainJson(context, d)),
    ),
  ),
  route('api', 'POST', `${sip}/Domains.json`, (context) => {
    const domain = newDomain(context);
    applyDomain(context, domain);
    context.store.domains.push(domain);
    return { status: 201, body: domainJson(context, domain) };
  }),
  route('api', 'GET', `${sip}/Domains/:Sid.json`, (context) => ({
    status: 200,
    body: domainJson(context, owned(context, context.store.domains, context.params.Sid)),
  })),
  route('api', 'POST', `${sip}/Domains/:Sid.json`, (context) => {
    const domain = owned(context, context.store.domains, context.params.Sid);
    const before = domain.domainName;
    applyDomain(context, domain);
    if (domain.domainName !== before) context.store.announceCredentials({ domainSid: domain.sid });
    return { status: 200, body: domainJson(context, domain) };
  }),
  route('api', 'DELETE', `${sip}/Domains/:Sid.json`, (context) => {
    const domain = owned(context, context.store.domains, context.params.Sid);
    context.store.domains.splice(context.store.domains.indexOf(domain), 1);
    context.store.mappings = context.store.mappings.filter((m) => m.domainSid !== domain.sid);
    return { status: 204 };
  }),
  ...mappingRoutes('calls', `${sip}/Domains/:DomainSid/Auth/Calls/CredentialListMappings`),
  ...mappingRoutes('registrations', `${sip}/Domains/:DomainSid/Auth/Registrations/CredentialListMappings`),
  ...credentialListRoutes,
];
