import { adviceForMessageError, isA2pRegistrationError } from '../../../shared/messaging/message-error-advice';
import './message-advice.css';

/** Why Twilio did not deliver a text, in words, with what to do and where to read more or register. */
export function MessageAdvice({ code }: { code: number | null }) {
  const advice = adviceForMessageError(code);
  if (advice === null) {
    return (
      <div className="message-advice">
        <p className="message-advice__title">Twilio gave no reason</p>
        <p>Check the number, then send the message again.</p>
      </div>
    );
  }
  const linkText = isA2pRegistrationError(code)
    ? 'How to register for A2P 10DLC on Twilio'
    : `About error ${advice.code} on Twilio’s site`;
  return (
    <div className="message-advice">
      <p className="message-advice__title">{advice.title}</p>
      <p>{advice.whatToDo}</p>
      {advice.link && (
        <p>
          {/* The app opens target=_blank links in the system browser. */}
          <a href={advice.link} target="_blank" rel="noreferrer">
            {linkText}
            <span className="visually-hidden"> (opens in your browser)</span>
          </a>
        </p>
      )}
    </div>
  );
}
