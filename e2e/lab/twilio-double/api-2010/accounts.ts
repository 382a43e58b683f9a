import { randomBytes } from 'node:crypto';
import { notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import { newResource, type KeyRecord } from '../state';

export const accountBase = '/2010-04-01/Accounts/:AccountSid';
const created = new Date('2024-01-15T10:00:00Z');

function accountJson(context: Context) {
  const { account } = context;
  const uri = `/2010-04-01/Accounts/${account.sid}`;
  return {
    auth_token: account.authToken,
    date_created: rfc2822(created),
    date_updated: rfc2822(created),
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: 'active',
    subresource_uris: {
      balance: `${uri}/Balance.json`,
      incoming_phone_numbers: `${uri}/IncomingPhoneNumbers.json`,
      available_phone_numbers: `${uri}/AvailablePhoneNumbers.json`,
      keys: `${uri}/Keys.json`,
      sip: `${uri}/SIP.json`,
    },
    type: account.type,
    uri: `${uri}.json`,
  };
}

const keyJson = (key: KeyRecord) => ({
  sid: key.sid,
  friendly_name: key.friendlyName,
  date_created: rfc2822(key.dateCreated),
  date_updated: rfc2822(key.dateUpdated),
});

function findKey(context: Context): KeyRecord {
  const key = context.store.keys.find((k) => k.sid === context.params.Sid && k.accountSid === context.account.sid);
  if (!key) throw notFound(context.path);
  return key;
}

export const accountRoutes: Route[] = [
  route('api', 'GET', '/2010-04-01/Accounts/:Sid.json', (context) => ({ status: 200, body: accountJson(context) })),
  route('api', 'GET', `${accountBase}/Balance.json`, ({ account }) => ({
    status: 200,
    body: { account_sid: account.sid, balance: account.balance, currency: account.currency },
  })),
  route('api', 'POST', `${accountBase}/Keys.json`, (context) => {
    const key: KeyRecord = {
      ...newResource('SK', context.account.sid),
      friendlyName: context.form.get('FriendlyName') ?? '',
      secret: randomBytes(16).toString('base64url').slice(0, 32),
    };
    context.store.keys.push(key);
    return { status: 201, body: { ...keyJson(key), secret: key.secret } };
  }),
  route('api', 'GET', `${accountBase}/Keys.json`, (context) =>
    list2010(context, 'keys', context.store.keys.filter((k) => k.accountSid === context.account.sid).map(keyJson)),
  ),
  route('api', 'GET', `${accountBase}/Keys/:Sid.json`, (context) => ({ status: 200, body: keyJson(findKey(context)) })),
  route('api', 'POST', `${accountBase}/Keys/:Sid.json`, (context) => {
    const key = findKey(context);
    key.friendlyName = context.form.get('FriendlyName') ?? key.friendlyName;
    key.dateUpdated = new Date();
    return { status: 200, body: keyJson(key) };
  }),
  route('api', 'DELETE', `${accountBase}/Keys/:Sid.json`, (context) => {
    const key = findKey(context);
    context.store.keys.splice(context.store.keys.indexOf(key), 1);
    return { status: 204 };
  }),
];
