import { assertNever } from '../../../shared/assert-never';
import { messageSendLimit } from '../../../shared/models/message-limits';
import { invoke } from '../../ipc/bridge';
import type { MessagesSliceCreator } from './messages-store-types';
import type { OpenConversation } from './thread.slice';
import { withMessage } from './thread-pages';
import { translate } from '../../i18n/translate';

/**
 * How the last send went, for the conversation it was written in (`draftKey`): refused by Twilio
 * (a message that came back failed or undelivered, with its code), or failed before reaching it.
 */
export type SendStatus =
  | { status: 'idle' }
  | { status: 'sending'; draftKey: string }
  | { status: 'refused'; draftKey: string; code: number | null }
  | { status: 'failed'; draftKey: string; message: string };

export interface MessageComposerState {
  /** What is being written, per conversation (by remote number; a new conversation's under ''). */
  drafts: Record<string, string>;
  sendStatus: SendStatus;
}

export interface MessageComposerActions {
  setDraft(text: string): void;
  /** Sends the open conversation's draft; the draft is cleared once Twilio has taken the message. */
  send(): Promise<void>;
}

export type MessageComposerSlice = MessageComposerState & MessageComposerActions;

export const initialMessageComposerState: MessageComposerState = { drafts: {}, sendStatus: { status: 'idle' } };

/** The key of the open conversation's draft; null when no conversation is open. */
export function draftKeyOf(open: OpenConversation): string | null {
  switch (open.kind) {
    case 'none':
      return null;
    case 'new':
      return '';
    case 'thread':
      return open.remoteNumber;
    default:
      return assertNever(open);
  }
}

/** The longest number messages:send takes (the inbox contract's limit on a remote number). */
export const recipientLengthLimit = 64;

/** Why a draft cannot be sent as it is, in words that say what to do; null when it can. */
export function draftProblem(open: OpenConversation, body: string): string | null {
  if (open.kind === 'new') {
    const recipient = open.recipient.trim();
    if (recipient === '') return translate('common.draftNoRecipient');
    if (recipient.length > recipientLengthLimit) {
      return translate('common.draftRecipientTooLong');
    }
  }
  if (body.trim() === '') return translate('common.draftEmpty');
  if (body.length > messageSendLimit) {
    return translate('common.draftTooLong', { limit: messageSendLimit, over: body.length - messageSendLimit });
  }
  return null;
}

function withDraft(drafts: Record<string, string>, key: string, text: string): Record<string, string> {
  const next = { ...drafts };
  if (text === '') delete next[key];
  else next[key] = text;
  return next;
}

export const createMessageComposerSlice: MessagesSliceCreator<MessageComposerSlice> = (set, get) => ({
  ...initialMessageComposerState,

  setDraft(text) {
    const key = draftKeyOf(get().open);
    if (key === null) return;
    set((state) => ({
      drafts: withDraft(state.drafts, key, text),
      sendStatus: state.sendStatus.status === 'sending' ? state.sendStatus : { status: 'idle' },
    }));
  },

  async send() {
    const { open, drafts, sendStatus } = get();
    const key = draftKeyOf(open);
    if (key === null || sendStatus.status === 'sending') return;
    const body = drafts[key] ?? '';
    const problem = draftProblem(open, body);
    if (problem !== null) return set({ sendStatus: { status: 'failed', draftKey: key, message: problem } });
    const to = open.kind === 'new' ? open.recipient.trim() : key;
    const sending: SendStatus = { status: 'sending', draftKey: key };
    set({ sendStatus: sending });
    const result = await invoke('messages:send', { to, body });
    // Another conversation may be open by now (and sending): then only the draft is settled here.
    const stillShown = get().sendStatus === sending;
    if (!result.ok) {
      if (stillShown) set({ sendStatus: { status: 'failed', draftKey: key, message: result.error.message } });
      return;
    }
    const message = result.value;
    const refused = message.status === 'failed' || message.status === 'undelivered';
    // What was typed while it was on its way stays; the draft moves to the number main filed the message
    // under (a typed number becomes E.164).
    const written = get().drafts[key] ?? '';
    const kept = refused || written !== body ? written : '';
    set((state) => ({ drafts: withDraft(withDraft(state.drafts, key, ''), message.remoteNumber, kept) }));
    if (!stillShown) return;
    get().openConversation(message.remoteNumber);
    set((state) => ({
      thread: withMessage(state.thread, message),
      sendStatus: refused
        ? { status: 'refused', draftKey: message.remoteNumber, code: message.errorCode }
        : { status: 'idle' },
    }));
  },
});
