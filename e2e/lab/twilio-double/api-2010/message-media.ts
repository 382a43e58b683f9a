import { dateFilter } from '../date-filters';
import { notFound } from '../errors';
import { list2010 } from '../paging';
import { route, type Context, type Route } from '../server';
import { rfc2822 } from '../sids';
import type { MediaRecord } from '../state';
import { accountBase } from './accounts';
import { findMessage } from './messages';

function mediaJson(record: MediaRecord) {
  return {
    account_sid: record.accountSid,
    content_type: record.contentType,
    date_created: rfc2822(record.dateCreated),
    date_updated: rfc2822(record.dateUpdated),
    parent_sid: record.messageSid,
    sid: record.sid,
    uri: `/2010-04-01/Accounts/${record.accountSid}/Messages/${record.messageSid}/Media/${record.sid}.json`,
  };
}

function findMedia(context: Context): MediaRecord {
  const message = findMessage(context, context.params.MessageSid);
  const found = context.store.media.find((m) => m.messageSid === message.sid && m.sid === context.params.Sid);
  if (!found) throw notFound(context.path);
  return found;
}

const base = `${accountBase}/Messages/:MessageSid/Media`;

export const messageMediaRoutes: Route[] = [
  route('api', 'GET', `${base}.json`, (context) => {
    const message = findMessage(context, context.params.MessageSid);
    const created = dateFilter(context, 'DateCreated');
    const media = context.store.media.filter((m) => m.messageSid === message.sid && created(m.dateCreated));
    return list2010(context, 'media_list', media.map(mediaJson));
  }),
  route('api', 'GET', `${base}/:Sid.json`, (context) => ({ status: 200, body: mediaJson(findMedia(context)) })),
  route('api', 'DELETE', `${base}/:Sid.json`, (context) => {
    const record = findMedia(context);
    context.store.media = context.store.media.filter((m) => m !== record);
    return { status: 204 };
  }),
  // The content (the uri without .json), behind the account's credentials like every request to the double. Not in
  // the contract: the Prism relay passes it straight through (prism.ts).
  route('api', 'GET', `${base}/:Sid`, (context) => {
    const record = findMedia(context);
    if (!record.content) throw notFound(`${context.path} (the double does not fetch an outbound MediaUrl)`);
    return { status: 200, body: record.content, contentType: record.contentType };
  }),
];
