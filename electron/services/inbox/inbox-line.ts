import type { InboxApi } from '../../twilio/inbox-api';

/** The Twilio phone line the inbox syncs: its REST access and its number (E.164). */
export interface InboxLine {
  api: InboxApi;
  number: string;
}

/** The line when a Twilio phone line is set up, else null (a plain SIP account has no inbox). */
export type InboxLineSource = () => Promise<InboxLine | null>;
