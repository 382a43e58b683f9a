import { badParameter } from '../errors';
import { formBoolean, listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import { newResource } from '../state';
import { owned } from '../api-2010/sip-credentials';
import type { OriginationUrlRecord } from './trunk-records';
import { isoDates, ownedTrunk, trunkingHost, trunksPath } from './trunks';

const base = `${trunksPath}/:TrunkSid/OriginationUrls`;

const originationJson = (o: OriginationUrlRecord) => ({
  account_sid: o.accountSid,
  sid: o.sid,
  trunk_sid: o.trunkSid,
  weight: o.weight,
  enabled: o.enabled,
  sip_url: o.sipUrl,
  friendly_name: o.friendlyName,
  priority: o.priority,
  ...isoDates(o),
  url: `${trunkingHost}${trunksPath}/${o.trunkSid}/OriginationUrls/${o.sid}`,
});

/** FACTS §8: Weight 1–65535, Priority 0–65535, a sip: URL. UNVERIFIED: the code for breaking them (20001 assumed). */
function applyOrigination(context: Context, origination: OriginationUrlRecord) {
  const { form } = context;
  const bounded = (name: string, min: number, current: number) => {
    const value = form.get(name);
    if (value === null) return current;
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > 65535) {
      throw badParameter(`${name} must be a whole number from ${min} to 65535`);
    }
    return number;
  };
  const sipUrl = form.get('SipUrl');
  if (sipUrl !== null && !/^sip:[^\s@]+/i.test(sipUrl)) throw badParameter(`SipUrl ${sipUrl} must use the sip: scheme`);
  origination.sipUrl = sipUrl ?? origination.sipUrl;
  origination.weight = bounded('Weight', 1, origination.weight);
  origination.priority = bounded('Priority', 0, origination.priority);
  origination.enabled = formBoolean(form.get('Enabled')) ?? origination.enabled;
  origination.friendlyName = form.get('FriendlyName') ?? origination.friendlyName;
  origination.dateUpdated = new Date();
}

const ofTrunk = (context: Context) => {
  const trunk = ownedTrunk(context);
  return context.store.originationUrls.filter((o) => o.trunkSid === trunk.sid);
};
const find = (context: Context) => owned(context, ofTrunk(context), context.params.Sid);

/** Where a trunk sends calls to its numbers: the PBX's SIP URI(s), by priority, then weight. */
export const originationUrlRoutes: Route[] = [
  route('trunking', 'GET', base, (context) =>
    listV1(context, 'origination_urls', ofTrunk(context).map(originationJson), trunkingHost),
  ),
  route('trunking', 'POST', base, (context) => {
    const trunk = ownedTrunk(context);
    const origination: OriginationUrlRecord = {
      ...newResource('OU', context.account.sid),
      trunkSid: trunk.sid,
      friendlyName: '',
      sipUrl: '',
      weight: 1,
      priority: 0,
      enabled: true,
    };
    applyOrigination(context, origination);
    context.store.originationUrls.push(origination);
    return { status: 201, body: originationJson(origination) };
  }),
  route('trunking', 'GET', `${base}/:Sid`, (context) => ({ status: 200, body: originationJson(find(context)) })),
  route('trunking', 'POST', `${base}/:Sid`, (context) => {
    const origination = find(context);
    applyOrigination(context, origination);
    return { status: 200, body: originationJson(origination) };
  }),
  route('trunking', 'DELETE', `${base}/:Sid`, (context) => {
    context.store.originationUrls.splice(context.store.originationUrls.indexOf(find(context)), 1);
    return { status: 204 };
  }),
];
