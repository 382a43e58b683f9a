import { useId } from 'react';
import type { CallHandling } from '../../../shared/models/call-handling';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import { autoReplyTextLimit } from '../../../shared/models/call-handling-names';
import { useCallHandlingSchemas, type CallHandlingSchemas } from './call-handling-schemas';
import { DraftTextField } from './draft-text-field';

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
        <DraftTextField
          label="Text"
          hint={(text) =>
            `At most ${autoReplyTextLimit} characters. As written, each auto-reply is billed as ${smsCount(text)}.`
          }
          saved={autoReply.text}
          saveLabel="Save text"
          busy={busy}
          problemOf={(text) => textProblem(schemas, handling, text)}
          save={(text) => change({ ...handling, autoReply: { ...autoReply, text } })}
        />
      )}
    </>
  );
}
