import { adviceForMessageError } from '../../../shared/messaging/message-error-advice';
import { useT } from '../../i18n/use-t';
import './message-advice.css';

/** Why Twilio did not deliver a text, in words, with what to do and where to read more or register. */
export function MessageAdvice({ code }: { code: number | null }) {
  const t = useT();
  const advice = adviceForMessageError(code);
  return (
    <div className="message-advice">
      <p className="message-advice__title">{t(`messageAdvice.${advice.title}`, advice.values)}</p>
      <p>{t(`messageAdvice.${advice.whatToDo}`, advice.values)}</p>
      {advice.link && (
        <p>
          {/* The app opens target=_blank links in the system browser. */}
          <a href={advice.link.href} target="_blank" rel="noreferrer">
            {t(`messageAdvice.${advice.link.text}`, advice.values)}
            <span className="visually-hidden">{t('messages.opensInBrowser')}</span>
          </a>
        </p>
      )}
    </div>
  );
}
