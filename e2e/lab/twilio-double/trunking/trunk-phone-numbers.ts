import { badParameter, notFound } from '../errors';
import { listV1 } from '../paging';
import { route, type Context, type Route } from '../server';
import type { NumberRecord } from '../state';
import { numberJson } from '../api-2010/numbers';
import { owned } from '../api-2010/sip-credentials';
import { isoDates, ownedTrunk, trunkingHost, trunksPath } from './trunks';

const base = `${trunksPath}/:TrunkSid/PhoneNumbers`;

/** The IncomingPhoneNumber's fields this answer shares (the trunking spec's phone_number schema). */
const sharedFields = [
  'account_sid',
  'address_requirements',
  'api_version',
  'beta',
  'capabilities',
  'friendly_name',
  'phone_number',
  'sid',
  'sms_application_sid',
  'sms_fallback_method',
  'sms_fallback_url',
  'sms_method',
  'sms_url',
  'status_callback',
  'status_callback_method',
  'trunk_sid',
  'voice_application_sid',
  'voice_caller_id_lookup',
  'voice_fallback_method',
  'voice_fallback_url',
  'voice_method',
  'voice_url',
];

/** The number as the trunk lists it: its dates in ISO 8601 here, its url under the trunk. */
function trunkNumberJson(n: NumberRecord) {
  const full: Record<string, unknown> = numberJson(n);
  return {
    ...Object.fromEntries(sharedFields.map((name) => [name, full[name]])),
    ...isoDates(n),
    url: `${trunkingHost}${trunksPath}/${n.trunkSid}/PhoneNumbers/${n.sid}`,
    links: {},
  };
}

const onTrunk = (context: Context) => {
  const trunk = ownedTrunk(context);
  return context.store.numbers.filter((n) => n.trunkSid === trunk.sid);
};

/**
 * The numbers whose calls a trunk takes: the number's own trunk_sid, so a number is on one trunk at most and
 * associating it elsewhere moves it. It also clears the voice application (TrunkSid in the 2010 spec).
 */
export const trunkPhoneNumberRoutes: Route[] = [
  route('trunking', 'GET', base, (context) =>
    listV1(context, 'phone_numbers', onTrunk(context).map(trunkNumberJson), trunkingHost),
  ),
  route('trunking', 'POST', base, (context) => {
    const trunk = ownedTrunk(context);
    const number = owned(context, context.store.numbers, context.form.get('PhoneNumberSid') ?? undefined);
    // ASSUMPTION: associating it again is refused with 400 (code unknown: 20001).
    if (number.trunkSid === trunk.sid) throw badParameter(`${number.sid} is already associated with ${trunk.sid}`);
    number.trunkSid = trunk.sid;
    number.fields.voice_application_sid = null;
    number.dateUpdated = new Date();
    return { status: 201, body: trunkNumberJson(number) };
  }),
  route('trunking', 'GET', `${base}/:Sid`, (context) => {
    const number = onTrunk(context).find((n) => n.sid === context.params.Sid);
    if (!number) throw notFound(context.path);
    return { status: 200, body: trunkNumberJson(number) };
  }),
  route('trunking', 'DELETE', `${base}/:Sid`, (context) => {
    const number = onTrunk(context).find((n) => n.sid === context.params.Sid);
    if (!number) throw notFound(context.path);
    number.trunkSid = null;
    number.dateUpdated = new Date();
    return { status: 204 };
  }),
];
