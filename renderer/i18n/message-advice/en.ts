// The English advice is shared's own words, so the app and its translations never drift apart.
export { messageAdviceEnglish as default } from '../../../shared/messaging/message-advice-english';
