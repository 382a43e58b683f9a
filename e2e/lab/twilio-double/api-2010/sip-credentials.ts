import { badParameter, notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import { newResource, type CredentialListRecord, type CredentialRecord } from '../state';
import { accountBase } from './accounts';

const sip = `${accountBase}/SIP`;
export const dates = (r: { dateCreated: Date; dateUpdated: Date }) => ({
  date_created: rfc2822(r.dateCreated),
  date_updated: rfc2822(r.dateUpdated),
});

export function owned<T extends { sid: string; accountSid: string }>(
  context: Context,
  items: T[],
  sid: string | undefined,
): T {
  const found = items.find((item) => item.sid === sid && item.accountSid === context.account.sid);
  if (!found) throw notFound(context.path);
  return found;
}

const listJson = (l: CredentialListRecord) => {
  const uri = `/2010-04-01/Accounts/${l.accountSid}/SIP/CredentialLists/${l.sid}`;
  return {
    account_sid: l.accountSid,
    ...dates(l),
    friendly_name: l.friendlyName,
    sid: l.sid,
    subresource_uris: { credentials: `${uri}/Credentials.json` },
    uri: `${uri}.json`,
  };
};

const credentialJson = (c: CredentialRecord) => ({
  sid: c.sid,
  account_sid: c.accountSid,
  credential_list_sid: c.credentialListSid,
  username: c.username,
  ...dates(c),
  uri: `/2010-04-01/Accounts/${c.accountSid}/SIP/CredentialLists/${c.credentialListSid}/Credentials/${c.sid}.json`,
});

/** Twilio's documented rules (FACTS §2); the error code for breaking them is UNVERIFIED, the status 400 is not. */
function checkPassword(password: string) {
  if (password.length < 12 || !/\d/.test(password) || !/[a-z]/.test(password) || !/[A-Z]/.test(password)) {
    throw badParameter('Password must be at least 12 characters long, contain at least one digit, and have mixed case');
  }
}

export const credentialListRoutes: Route[] = [
  route('api', 'GET', `${sip}/CredentialLists.json`, (context) =>
    list2010(
      context,
      'credential_lists',
      context.store.credentialLists.filter((l) => l.accountSid === context.account.sid).map(listJson),
    ),
  ),
  route('api', 'POST', `${sip}/CredentialLists.json`, (context) => {
    const list: CredentialListRecord = {
      ...newResource('CL', context.account.sid),
      friendlyName: context.form.get('FriendlyName') ?? '',
    };
    context.store.credentialLists.push(list);
    return { status: 201, body: listJson(list) };
  }),
  route('api', 'GET', `${sip}/CredentialLists/:Sid.json`, (context) => ({
    status: 200,
    body: listJson(owned(context, context.store.credentialLists, context.params.Sid)),
  })),
  route('api', 'POST', `${sip}/CredentialLists/:Sid.json`, (context) => {
    const list = owned(context, context.store.credentialLists, context.params.Sid);
    list.friendlyName = context.form.get('FriendlyName') ?? list.friendlyName;
    list.dateUpdated = new Date();
    return { status: 200, body: listJson(list) };
  }),
  route('api', 'DELETE', `${sip}/CredentialLists/:Sid.json`, (context) => {
    const { store } = context;
    const list = owned(context, store.credentialLists, context.params.Sid);
    store.credentialLists.splice(store.credentialLists.indexOf(list), 1);
    store.credentials = store.credentials.filter((c) => c.credentialListSid !== list.sid);
    store.mappings = store.mappings.filter((m) => m.credentialListSid !== list.sid);
    store.trunkLinks = store.trunkLinks.filter((link) => link.sid !== list.sid);
    return { status: 204 };
  }),
  ...credentialRoutes(`${sip}/CredentialLists/:CredentialListSid/Credentials`),
];

function credentialRoutes(base: string): Route[] {
  const inList = (context: Context) => {
    owned(context, context.store.credentialLists, context.params.CredentialListSid);
    return context.store.credentials.filter((c) => c.credentialListSid === context.params.CredentialListSid);
  };
  const find = (context: Context) => owned(context, inList(context), context.params.Sid);
  return [
    route('api', 'GET', `${base}.json`, (context) =>
      list2010(context, 'credentials', inList(context).map(credentialJson)),
    ),
    route('api', 'POST', `${base}.json`, (context) => {
      const username = context.form.get('Username') ?? '';
      const password = context.form.get('Password') ?? '';
      if (username.length > 32) throw badParameter('Username must be at most 32 characters long');
      if (inList(context).some((c) => c.username === username))
        throw badParameter(`Username ${username} already exists in this credential list`);
      checkPassword(password);
      const credential: CredentialRecord = {
        ...newResource('CR', context.account.sid),
        credentialListSid: context.params.CredentialListSid!,
        username,
        password,
      };
      context.store.credentials.push(credential);
      context.store.announceCredentials({ credentialSid: credential.sid });
      return { status: 201, body: credentialJson(credential) };
    }),
    route('api', 'GET', `${base}/:Sid.json`, (context) => ({ status: 200, body: credentialJson(find(context)) })),
    route('api', 'POST', `${base}/:Sid.json`, (context) => {
      const credential = find(context);
      const password = context.form.get('Password');
      if (password !== null) {
        checkPassword(password);
        credential.password = password;
        credential.dateUpdated = new Date();
        context.store.announceCredentials({ credentialSid: credential.sid });
      }
      return { status: 200, body: credentialJson(credential) };
    }),
    route('api', 'DELETE', `${base}/:Sid.json`, (context) => {
      context.store.credentials.splice(context.store.credentials.indexOf(find(context)), 1);
      return { status: 204 };
    }),
  ];
}
