import { formatNumber } from '../catalogue';
import { dateFilter } from '../date-filters';
import { notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import type { CallRecord } from '../state';
import { accountBase } from './accounts';

export function callJson(record: CallRecord) {
  const base = `/2010-04-01/Accounts/${record.accountSid}/Calls/${record.sid}`;
  return {
    account_sid: record.accountSid,
    answered_by: null,
    api_version: '2010-04-01',
    caller_name: null,
    date_created: rfc2822(record.dateCreated),
    date_updated: rfc2822(record.dateUpdated),
    direction: record.direction,
    // Twilio tells the length and the end once the call is over.
    duration: record.endTime && String(Math.round((record.endTime.getTime() - record.startTime.getTime()) / 1000)),
    end_time: record.endTime && rfc2822(record.endTime),
    forwarded_from: null,
    from: record.from,
    from_formatted: formatNumber(record.from),
    group_sid: null,
    parent_call_sid: null,
    phone_number_sid: record.phoneNumberSid,
    // Twilio fills the price in some time after the call ends.
    price: record.price ?? null,
    price_unit: 'USD',
    queue_time: '0',
    sid: record.sid,
    start_time: rfc2822(record.startTime),
    status: record.status,
    subresource_uris: {
      notifications: `${base}/Notifications.json`,
      recordings: `${base}/Recordings.json`,
      transcriptions: `${base}/Transcriptions.json`,
    },
    to: record.to,
    to_formatted: formatNumber(record.to),
    trunk_sid: null,
    uri: `${base}.json`,
  };
}

function findCall(context: Context): CallRecord {
  const found = context.store.calls.find((c) => c.sid === context.params.Sid && c.accountSid === context.account.sid);
  if (!found) throw notFound(context.path);
  return found;
}

export const callRoutes: Route[] = [
  route('api', 'GET', `${accountBase}/Calls.json`, (context) => {
    const started = dateFilter(context, 'StartTime');
    const ended = dateFilter(context, 'EndTime');
    const { query } = context;
    const [to, from, status] = ['To', 'From', 'Status'].map((name) => query.get(name));
    // The double makes no <Dial> child legs: no call has a parent.
    const parentCallSid = query.get('ParentCallSid');
    const calls = context.store.calls.filter(
      (c) =>
        c.accountSid === context.account.sid &&
        (!to || c.to === to) &&
        (!from || c.from === from) &&
        (!status || c.status === status) &&
        !parentCallSid &&
        started(c.startTime) &&
        ended(c.endTime),
    );
    // Newest first by start time, as Twilio lists calls.
    const newestFirst = [...calls].sort((a, b) => b.startTime.getTime() - a.startTime.getTime());
    return list2010(context, 'calls', newestFirst, callJson);
  }),
  route('api', 'GET', `${accountBase}/Calls/:Sid.json`, (context) => ({
    status: 200,
    body: callJson(findCall(context)),
  })),
];
