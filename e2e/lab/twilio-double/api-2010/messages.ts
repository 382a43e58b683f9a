import { countSmsSegments } from '../../../../shared/messaging/sms-segments';
import { dateFilter, newestFirst } from '../date-filters';
import { badParameter, notFound, TwilioError } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import { newResource, type MediaRecord, type MessageRecord } from '../state';
import { accountBase } from './accounts';

export function messageJson(record: MessageRecord, media: MediaRecord[]) {
  const base = `/2010-04-01/Accounts/${record.accountSid}/Messages/${record.sid}`;
  return {
    body: record.body,
    num_segments:
      record.direction === 'inbound' || media.length > 0 ? '1' : String(countSmsSegments(record.body).segments),
    direction: record.direction,
    from: record.from,
    to: record.to,
    date_updated: rfc2822(record.dateUpdated),
    price: record.price,
    // Twilio documents error_message as unreliable and mostly sends null; the code is what clients read.
    error_message: null,
    uri: `${base}.json`,
    account_sid: record.accountSid,
    num_media: String(media.length),
    status: record.status,
    messaging_service_sid: null,
    sid: record.sid,
    date_sent: record.dateSent && rfc2822(record.dateSent),
    date_created: rfc2822(record.dateCreated),
    error_code: record.errorCode,
    price_unit: 'USD',
    api_version: '2010-04-01',
    subresource_uris: { media: `${base}/Media.json`, feedback: `${base}/Feedback.json` },
  };
}

const mediaOf = (context: Context, record: MessageRecord) =>
  context.store.media.filter((m) => m.messageSid === record.sid);

export function findMessage(context: Context, sid = context.params.Sid): MessageRecord {
  const found = context.store.messages.find((m) => m.sid === sid && m.accountSid === context.account.sid);
  if (!found) throw notFound(context.path);
  return found;
}

const e164 = /^\+[1-9]\d{6,14}$/;
const maxBodyLength = 1600;
const contentTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

/** Validation in Twilio's order and words (twilio.com/docs/api/errors/<code>). */
function validate(context: Context, to: string, from: string | null, body: string, mediaUrls: string[]): void {
  if (context.form.get('MessagingServiceSid')) throw badParameter('The double does not implement Messaging Services');
  if (!from) throw new TwilioError(400, 21603, "A 'From' phone number is required.");
  if (!e164.test(to)) throw new TwilioError(400, 21211, `Invalid 'To' Phone Number: ${to.slice(0, 40)}`);
  const owned = context.store.numbers.find((n) => n.accountSid === context.account.sid && n.phoneNumber === from);
  if (!owned || owned.catalogue.capabilities?.sms === false) {
    const shown = from.slice(0, 40);
    const message = `The From phone number ${shown} is not a valid, SMS-capable inbound phone number or short code for your account.`;
    throw new TwilioError(400, 21606, message);
  }
  if (!body && mediaUrls.length === 0) throw new TwilioError(400, 21602, 'Message body is required.');
  if (body.length > maxBodyLength) {
    throw new TwilioError(400, 21617, 'The concatenated message body exceeds the 1600 character limit.');
  }
  const fault = context.store.destinationFaults.get(to);
  if (fault && 'refuse' in fault && fault.refuse === 21610) {
    throw new TwilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
  }
  if (fault && 'refuse' in fault && fault.refuse === 21408) {
    const message = `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${to}.`;
    throw new TwilioError(400, 21408, message);
  }
}

function create(context: Context) {
  const { form, store, account } = context;
  const to = form.get('To') ?? '';
  const from = form.get('From');
  const body = form.get('Body') ?? '';
  const mediaUrls = form.getAll('MediaUrl');
  validate(context, to, from, body, mediaUrls);
  const record: MessageRecord = {
    ...newResource(mediaUrls.length > 0 ? 'MM' : 'SM', account.sid),
    direction: 'outbound-api',
    from: from!,
    to,
    body,
    status: 'queued',
    dateSent: null,
    errorCode: null,
    price: null,
  };
  store.messages.push(record);
  for (const url of mediaUrls) {
    const extension = /\.([a-z]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase() ?? '';
    const contentType = contentTypes[extension] ?? 'application/octet-stream';
    store.media.push({ ...newResource('ME', account.sid), messageSid: record.sid, contentType, content: null });
  }
  return { status: 201, body: messageJson(record, mediaOf(context, record)) };
}

export const messageRoutes: Route[] = [
  route('api', 'GET', `${accountBase}/Messages.json`, (context) => {
    const sent = dateFilter(context, 'DateSent');
    const to = context.query.get('To');
    const from = context.query.get('From');
    const messages = context.store.messages.filter(
      (m) =>
        m.accountSid === context.account.sid && (!to || m.to === to) && (!from || m.from === from) && sent(m.dateSent),
    );
    return list2010(context, 'messages', newestFirst(messages), (m) => messageJson(m, mediaOf(context, m)));
  }),
  route('api', 'POST', `${accountBase}/Messages.json`, create),
  route('api', 'GET', `${accountBase}/Messages/:Sid.json`, (context) => {
    const record = findMessage(context);
    return { status: 200, body: messageJson(record, mediaOf(context, record)) };
  }),
  route('api', 'DELETE', `${accountBase}/Messages/:Sid.json`, (context) => {
    const record = findMessage(context);
    context.store.messages = context.store.messages.filter((m) => m !== record);
    context.store.media = context.store.media.filter((m) => m.messageSid !== record.sid);
    return { status: 204 };
  }),
];
