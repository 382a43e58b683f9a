import { useId, useState } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import { autoReplyTextLimit } from '../../../shared/models/call-handling-names';
import { useCallHandlingSchemas, type CallHandlingSchemas } from './call-handling-schemas';
import './spoken-text.css';

interface AutoReplyFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The schema's message for this text, as main would give it; null when it is fine or while the schemas load. */
function textProblem(schemas: CallHandlingSchemas | null, handling: CallHandling, text: string): string | null {
  if (!schemas) return null;
  const result = schemas.autoReplySchema.safeParse({ ...handling.autoReply, text });
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

const smsCount = (text: string) => {
  const { segments } = countSmsSegments(text.trim());
  return segments === 1 ? '1 SMS' : `${segments} SMS`;
};

/** The auto-reply: on or off (saves at once), and its text (saves with Save). */
export function AutoReplyField({ handling, busy, change }: AutoReplyFieldProps) {
  const id = useId();
  const schemas = useCallHandlingSchemas();
  const { autoReply } = handling;
  // null until the person types: the field then follows what main has.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? autoReply.text;
  const problem = textProblem(schemas, handling, text);
  const canSave = !busy && text.trim() !== autoReply.text && problem === null;

  async function save() {
    if (!canSave) return;
    if (await change({ ...handling, autoReply: { ...autoReply, text: text.trim() } })) setDraft(null);
  }

  const describedBy = [`${id}-text-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <>
      <div className="settings-field">
        <div className="settings-checkbox">
          <input
            id={id}
            type="checkbox"
            checked={autoReply.enabled}
            disabled={busy}
            aria-describedby={`${id}-hint`}
            onChange={(event) =>
              void change({ ...handling, autoReply: { ...autoReply, enabled: event.target.checked } })
            }
          />
          <label htmlFor={id}>Text callers I miss</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          When a call goes to voicemail without you answering, Twilio texts the caller from your number. Only mobiles
          get it, once a day at most, and not callers who hide their number or whose number was not verified. Each costs
          an SMS and a Lookup of the caller’s line type at Twilio’s prices. In the US, texts from your number need it
          registered for A2P 10DLC, which Twilio may refuse for personal use.
        </p>
      </div>
      {autoReply.enabled && (
        <div className="settings-field spoken-text">
          <label className="settings-field__label" htmlFor={`${id}-text`}>
            Text
          </label>
          <p className="settings-field__hint" id={`${id}-text-hint`}>
            At most {autoReplyTextLimit} characters. As written, each auto-reply is billed as {smsCount(text)}.
          </p>
          <textarea
            id={`${id}-text`}
            className="text-area"
            rows={2}
            value={text}
            aria-describedby={describedBy}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          {problem && (
            <p className="settings-field__problem" id={`${id}-problem`}>
              {problem}
            </p>
          )}
          <div className="spoken-text__actions">
            <button type="button" className="button" aria-disabled={!canSave || undefined} onClick={() => void save()}>
              Save text
            </button>
          </div>
        </div>
      )}
    </>
  );
}
