import { a2p10dlcRegistrationUrl, isA2p10dlcNumber } from '../../../shared/messaging/a2p-registration';

/** For a US or Canadian local number, one sentence: US carriers deliver its texts only once it is registered. */
export function A2pRegistrationNote({ phoneNumber }: { phoneNumber: string | null }) {
  if (phoneNumber === null || !isA2p10dlcNumber(phoneNumber)) return null;
  return (
    <p className="wizard-note">
      Texting US phones from this local number needs A2P 10DLC registration: Twilio requires a Brand and a Campaign,
      registered in the Twilio Console under Messaging &gt; Regulatory Compliance, before US carriers deliver your
      texts.{' '}
      <a href={a2p10dlcRegistrationUrl} target="_blank" rel="noreferrer">
        About A2P 10DLC registration
        <span className="visually-hidden"> (opens in your browser)</span>
      </a>
    </p>
  );
}
