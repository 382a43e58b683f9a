/**
 * How Dialtone signs in to Twilio's REST API: username is the Account SID (with the Auth Token as
 * password) or an API key SID (SK..., with its secret). Lives only in the main process.
 */
export interface TwilioCredentials {
  accountSid: string;
  username: string;
  password: string;
}
