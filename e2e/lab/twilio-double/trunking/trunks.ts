import { badParameter, TwilioError } from '../errors';
import { formBoolean, listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import { iso } from '../sids';
import { newResource } from '../state';
import { owned } from '../api-2010/sip-credentials';
import type { TrunkRecord } from './trunk-records';

export const trunkingHost = 'https://trunking.twilio.com';
export const trunksPath = '/v1/Trunks';

export const isoDates = (r: { dateCreated: Date; dateUpdated: Date }) => ({
  date_created: iso(r.dateCreated),
  date_updated: iso(r.dateUpdated),
});

/** The trunk named by the path (:TrunkSid or :Sid), if it is this account's; else 20404. */
export function ownedTrunk(context: Context): TrunkRecord {
  return owned(context, context.store.trunks, context.params.TrunkSid ?? context.params.Sid);
}

/** IP_ACL and CREDENTIAL_LIST, as the trunk's termination is authenticated by what is associated to it. */
function authTypes(context: Context, trunk: TrunkRecord): string[] {
  const links = context.store.trunkLinks.filter((link) => link.trunkSid === trunk.sid);
  return [
    ...(links.some((link) => link.kind === 'credential-list') ? ['CREDENTIAL_LIST'] : []),
    ...(links.some((link) => link.kind === 'ip-access-control-list') ? ['IP_ACL'] : []),
  ];
}

function trunkJson(context: Context, t: TrunkRecord) {
  const url = `${trunkingHost}${trunksPath}/${t.sid}`;
  const auth = authTypes(context, t);
  return {
    account_sid: t.accountSid,
    domain_name: t.domainName,
    disaster_recovery_method: t.disasterRecoveryMethod,
    disaster_recovery_url: t.disasterRecoveryUrl,
    friendly_name: t.friendlyName,
    secure: t.secure,
    recording: { mode: 'do-not-record', trim: 'do-not-trim' },
    transfer_mode: t.transferMode,
    transfer_caller_id: t.transferCallerId,
    cnam_lookup_enabled: t.cnamLookupEnabled,
    auth_type: auth.join(','),
    symmetric_rtp_enabled: false,
    auth_type_set: auth,
    ...isoDates(t),
    sid: t.sid,
    url,
    links: {
      origination_urls: `${url}/OriginationUrls`,
      credential_lists: `${url}/CredentialLists`,
      ip_access_control_lists: `${url}/IpAccessControlLists`,
      phone_numbers: `${url}/PhoneNumbers`,
      recording: `${url}/Recording`,
    },
  };
}

function applyTrunk(context: Context, trunk: TrunkRecord) {
  const { form, store } = context;
  const name = form.get('DomainName');
  if (name !== null && name !== trunk.domainName) {
    if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.pstn\.twilio\.com$/.test(name)) {
      throw badParameter(`DomainName ${name} is invalid: use letters, digits and '-', ending in pstn.twilio.com`);
    }
    // Termination domains are unique across Twilio: 21248 "Trunk Domain already taken" (twilio.com/docs/api/errors/21248).
    // ASSUMPTION: HTTP 400 and these words.
    if (store.trunks.some((other) => other.domainName?.toLowerCase() === name.toLowerCase())) {
      throw new TwilioError(400, 21248, `Trunk Domain already taken: ${name} is not available`);
    }
    trunk.domainName = name;
  }
  trunk.friendlyName = form.get('FriendlyName') ?? trunk.friendlyName;
  trunk.secure = formBoolean(form.get('Secure')) ?? trunk.secure;
  trunk.cnamLookupEnabled = formBoolean(form.get('CnamLookupEnabled')) ?? trunk.cnamLookupEnabled;
  trunk.transferMode = (form.get('TransferMode') as TrunkRecord['transferMode'] | null) ?? trunk.transferMode;
  trunk.transferCallerId =
    (form.get('TransferCallerId') as TrunkRecord['transferCallerId'] | null) ?? trunk.transferCallerId;
  trunk.disasterRecoveryUrl = form.get('DisasterRecoveryUrl') ?? trunk.disasterRecoveryUrl;
  trunk.disasterRecoveryMethod = form.get('DisasterRecoveryMethod') ?? trunk.disasterRecoveryMethod;
  trunk.dateUpdated = new Date();
}

/** Deleting a trunk takes its origination URLs and associations with it; its numbers are on no trunk after. */
function deleteTrunk(context: Context) {
  const { store } = context;
  const trunk = ownedTrunk(context);
  store.trunks.splice(store.trunks.indexOf(trunk), 1);
  store.originationUrls = store.originationUrls.filter((o) => o.trunkSid !== trunk.sid);
  store.trunkLinks = store.trunkLinks.filter((link) => link.trunkSid !== trunk.sid);
  for (const number of store.numbers.filter((n) => n.trunkSid === trunk.sid)) number.trunkSid = null;
  return { status: 204 };
}

export const trunkRoutes: Route[] = [
  route('trunking', 'GET', trunksPath, (context) =>
    listV1(
      context,
      'trunks',
      context.store.trunks.filter((t) => t.accountSid === context.account.sid).map((t) => trunkJson(context, t)),
      trunkingHost,
    ),
  ),
  route('trunking', 'POST', trunksPath, (context) => {
    const trunk: TrunkRecord = {
      ...newResource('TK', context.account.sid),
      friendlyName: null,
      domainName: null,
      secure: false,
      cnamLookupEnabled: false,
      transferMode: 'disable-all',
      transferCallerId: 'from-transferee',
      disasterRecoveryUrl: null,
      disasterRecoveryMethod: null,
    };
    applyTrunk(context, trunk);
    context.store.trunks.push(trunk);
    return { status: 201, body: trunkJson(context, trunk) };
  }),
  route('trunking', 'GET', `${trunksPath}/:Sid`, (context) => ({
    status: 200,
    body: trunkJson(context, ownedTrunk(context)),
  })),
  route('trunking', 'POST', `${trunksPath}/:Sid`, (context) => {
    const trunk = ownedTrunk(context);
    applyTrunk(context, trunk);
    return { status: 200, body: trunkJson(context, trunk) };
  }),
  route('trunking', 'DELETE', `${trunksPath}/:Sid`, deleteTrunk),
];
