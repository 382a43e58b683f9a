import { useId } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { CallHandling } from '../../../shared/models/call-handling';
import { countSmsSegments } from '../../../shared/messaging/sms-segments';
import { autoReplyTextLimit } from '../../../shared/models/call-handling-names';
import { useT } from '../../i18n/use-t';
import { checkText } from '../../i18n/words-text';
import { useCallHandlingSchemas, type CallHandlingSchemas } from './call-handling-schemas';
import { DraftTextField } from './draft-text-field';

interface AutoReplyFieldProps {
  handling: CallHandling;
  busy: boolean;
  change(next: CallHandling): Promise<boolean>;
}

/** The schema's message for this text, as main would give it, in the person's language; null when it is fine or while the schemas load. */
function textProblem(
  schemas: CallHandlingSchemas | null,
  handling: CallHandling,
  text: string,
  intl: IntlShape,
): string | null {
  if (!schemas) return null;
  const result = schemas.autoReplySchema.safeParse({ ...handling.autoReply, text });
  const issue = result.success ? undefined : result.error.issues[0];
  return issue ? checkText(issue.message, intl) : null;
}

/** The auto-reply: on or off (saves at once), and its text (saves with Save). */
export function AutoReplyField({ handling, busy, change }: AutoReplyFieldProps) {
  const id = useId();
  const t = useT();
  const intl = useIntl();
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
          <label htmlFor={id}>{t('callHandling.textMissedCallers')}</label>
        </div>
        <p className="settings-field__hint settings-checkbox__hint" id={`${id}-hint`}>
          {t('callHandling.autoReplyHint')}
        </p>
      </div>
      {autoReply.enabled && (
        <DraftTextField
          label={t('callHandling.autoReplyText')}
          hint={(text) =>
            t('callHandling.autoReplyTextHint', {
              limit: autoReplyTextLimit,
              segments: countSmsSegments(text.trim()).segments,
            })
          }
          saved={autoReply.text}
          saveLabel={t('callHandling.saveText')}
          busy={busy}
          problemOf={(text) => textProblem(schemas, handling, text, intl)}
          save={(text) => change({ ...handling, autoReply: { ...autoReply, text } })}
        />
      )}
    </>
  );
}
