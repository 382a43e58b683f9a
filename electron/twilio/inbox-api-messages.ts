import { unlessFileGone } from './inbox-api-media';
import { readableText } from '../../shared/readable-text';
import { words } from '../../shared/text/words';
import { checkedSid, mediaAnswer, messageAnswer, mostMediaPerMessage, usableListed } from './inbox-answers';
import type { InboxApi, InboxConnection, RemoteMessage, SendOutcome } from './inbox-api';
import { pagesOf } from './inbox-api-pages';
import { unlessGone } from './sip-resources';
import { checkAnswer } from './twilio-answers';
import { InboxProblemError } from './inbox-problem';
import { toTwilioProblem } from './twilio-problem';

const refusalTextLimit = 500;
const messageSid = '(?:SM|MM)';

/** Refusals of this one message (a bad number, an opted-out recipient, ...), not of the sign-in, the account or the pace. */
function refusalOf(error: unknown): Extract<SendOutcome, { refused: unknown }>['refused'] | null {
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number' || status < 400 || status > 499 || [401, 403, 404, 429].includes(status)) return null;
  const problem = toTwilioProblem(error);
  return { code: problem.code, message: readableText(problem.message, refusalTextLimit) };
}

/** Twilio took the message: sending it again would send it twice. */
const unreadableSent = () =>
  new InboxProblemError(
    {
      code: null,
      message: 'Twilio accepted the message but described it in a way Dialtone cannot read',
      whatToDo:
        'Do not send it again: if Twilio sent it, it appears in the conversation at the next sync. Check Monitor > Logs > Messaging in the Twilio Console.',
      moreInfo: null,
    },
    words('inbox.sentUnreadable'),
  );

export function messageInbox(
  connection: InboxConnection,
): Pick<InboxApi, 'messagePages' | 'fetchMessage' | 'sendMessage' | 'mediaOf' | 'mediaContent'> {
  const { rest, step, logger } = connection;
  return {
    async *messagePages(filter, since, pageSize = 100) {
      const party = 'to' in filter ? { to: filter.to } : { from: filter.from };
      const pages = pagesOf(step, 'list-messages', () =>
        rest.messages.page({ ...party, dateSentAfter: since ?? undefined, pageSize }),
      );
      for await (const page of pages) {
        const messages: RemoteMessage[] = usableListed(messageAnswer, page, logger, 'messages');
        if (messages.length > 0) yield messages;
      }
    },
    fetchMessage: (sid) =>
      step('fetch-message', async () =>
        checkAnswer(messageAnswer, await rest.messages(checkedSid(messageSid, sid)).fetch(), {
          what: 'a message',
          where: 'Monitor > Logs > Messaging',
        }),
      ),
    sendMessage: (message) =>
      step('send-message', async () => {
        try {
          const answer = messageAnswer.safeParse(
            await rest.messages.create({ from: message.from, to: message.to, body: message.body }),
          );
          if (!answer.success) throw unreadableSent();
          return { sent: answer.data };
        } catch (error) {
          const refused = refusalOf(error);
          if (refused === null) throw error;
          logger.info('message refused', { code: refused.code });
          return { refused };
        }
      }),
    mediaOf: (sid) =>
      step('list-media', async () => {
        const listed = await unlessGone(() =>
          rest
            .messages(checkedSid(messageSid, sid))
            .media.list({ pageSize: mostMediaPerMessage, limit: mostMediaPerMessage }),
        );
        return usableListed(mediaAnswer, listed ?? [], logger, 'media');
      }),
    mediaContent: (sid, mediaSid) =>
      step('download-media', () =>
        unlessFileGone(() =>
          connection.download(
            `${connection.accountUrl}/Messages/${checkedSid(messageSid, sid)}/Media/${checkedSid('ME', mediaSid)}`,
          ),
        ),
      ),
  };
}
