// The English advice is main's own words (shared), so the app and its translations never drift apart.
export { twilioAdviceEnglish as default } from '../../../shared/models/twilio-advice';
