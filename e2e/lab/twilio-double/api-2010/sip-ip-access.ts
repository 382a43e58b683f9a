import { isIPv4 } from 'node:net';
import { badParameter } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { newResource } from '../state';
import type { IpAccessControlListRecord, IpAddressRecord } from '../trunking/trunk-records';
import { accountBase } from './accounts';
import { dates, owned } from './sip-credentials';

const lists = `${accountBase}/SIP/IpAccessControlLists`;

const listJson = (l: IpAccessControlListRecord) => {
  const uri = `/2010-04-01/Accounts/${l.accountSid}/SIP/IpAccessControlLists/${l.sid}`;
  return {
    sid: l.sid,
    account_sid: l.accountSid,
    friendly_name: l.friendlyName,
    ...dates(l),
    subresource_uris: { ip_addresses: `${uri}/IpAddresses.json` },
    uri: `${uri}.json`,
  };
};

const addressJson = (a: IpAddressRecord) => ({
  sid: a.sid,
  account_sid: a.accountSid,
  friendly_name: a.friendlyName,
  ip_address: a.ipAddress,
  cidr_prefix_length: a.cidrPrefixLength,
  ip_access_control_list_sid: a.ipAccessControlListSid,
  ...dates(a),
  uri: `/2010-04-01/Accounts/${a.accountSid}/SIP/IpAccessControlLists/${a.ipAccessControlListSid}/IpAddresses/${a.sid}.json`,
});

/** FACTS §8: an IPv4 address and a CIDR prefix length. UNVERIFIED: the code for a bad one (20001 assumed). */
function applyAddress(context: Context, address: IpAddressRecord) {
  const ip = context.form.get('IpAddress');
  if (ip !== null) {
    if (!isIPv4(ip)) throw badParameter(`IpAddress ${ip} is not a valid IPv4 address`);
    address.ipAddress = ip;
  }
  const prefix = context.form.get('CidrPrefixLength');
  if (prefix !== null) {
    const length = Number(prefix);
    if (!Number.isInteger(length) || length < 0 || length > 32) {
      throw badParameter('CidrPrefixLength must be between 0 and 32');
    }
    address.cidrPrefixLength = length;
  }
  address.friendlyName = context.form.get('FriendlyName') ?? address.friendlyName;
  address.dateUpdated = new Date();
}

function addressRoutes(base: string): Route[] {
  const inList = (context: Context) => {
    owned(context, context.store.ipAccessControlLists, context.params.IpAccessControlListSid);
    return context.store.ipAddresses.filter((a) => a.ipAccessControlListSid === context.params.IpAccessControlListSid);
  };
  const find = (context: Context) => owned(context, inList(context), context.params.Sid);
  return [
    route('api', 'GET', `${base}.json`, (context) =>
      list2010(context, 'ip_addresses', inList(context).map(addressJson)),
    ),
    route('api', 'POST', `${base}.json`, (context) => {
      inList(context);
      const address: IpAddressRecord = {
        ...newResource('IP', context.account.sid),
        ipAccessControlListSid: context.params.IpAccessControlListSid!,
        friendlyName: '',
        ipAddress: '',
        cidrPrefixLength: 32,
      };
      applyAddress(context, address);
      context.store.ipAddresses.push(address);
      return { status: 201, body: addressJson(address) };
    }),
    route('api', 'GET', `${base}/:Sid.json`, (context) => ({ status: 200, body: addressJson(find(context)) })),
    route('api', 'POST', `${base}/:Sid.json`, (context) => {
      const address = find(context);
      applyAddress(context, address);
      return { status: 200, body: addressJson(address) };
    }),
    route('api', 'DELETE', `${base}/:Sid.json`, (context) => {
      context.store.ipAddresses.splice(context.store.ipAddresses.indexOf(find(context)), 1);
      return { status: 204 };
    }),
  ];
}

/** SIP IP access control lists and their addresses: what a trunk (or a SIP domain) lets in by source address. */
export const ipAccessRoutes: Route[] = [
  route('api', 'GET', `${lists}.json`, (context) =>
    list2010(
      context,
      'ip_access_control_lists',
      context.store.ipAccessControlLists.filter((l) => l.accountSid === context.account.sid).map(listJson),
    ),
  ),
  route('api', 'POST', `${lists}.json`, (context) => {
    const list: IpAccessControlListRecord = {
      ...newResource('AL', context.account.sid),
      friendlyName: context.form.get('FriendlyName') ?? '',
    };
    context.store.ipAccessControlLists.push(list);
    return { status: 201, body: listJson(list) };
  }),
  route('api', 'GET', `${lists}/:Sid.json`, (context) => ({
    status: 200,
    body: listJson(owned(context, context.store.ipAccessControlLists, context.params.Sid)),
  })),
  route('api', 'POST', `${lists}/:Sid.json`, (context) => {
    const list = owned(context, context.store.ipAccessControlLists, context.params.Sid);
    list.friendlyName = context.form.get('FriendlyName') ?? list.friendlyName;
    list.dateUpdated = new Date();
    return { status: 200, body: listJson(list) };
  }),
  route('api', 'DELETE', `${lists}/:Sid.json`, (context) => {
    const { store } = context;
    const list = owned(context, store.ipAccessControlLists, context.params.Sid);
    store.ipAccessControlLists.splice(store.ipAccessControlLists.indexOf(list), 1);
    store.ipAddresses = store.ipAddresses.filter((a) => a.ipAccessControlListSid !== list.sid);
    store.trunkLinks = store.trunkLinks.filter((link) => link.sid !== list.sid);
    return { status: 204 };
  }),
  ...addressRoutes(`${lists}/:IpAccessControlListSid/IpAddresses`),
];
