import { z } from 'zod';
import { limitChecks } from '../text/limit-checks';
import { inEnglish } from '../text/words';
import { setupWords } from '../text/setup-words';
import { utf8ByteLength } from '../utf8-byte-length';
import { twilioVariableByteLimit } from './twilio-setup-names';

/**
 * Words Twilio's Say speaks to a caller (a greeting, a menu's prompt): plain text, trimmed, kept in a Twilio
 * variable, hence the byte limit. May be empty; a schema that needs words says so itself.
 */
export const spokenTextSchema = z
  .string()
  .trim()
  .refine((text) => utf8ByteLength(text) <= twilioVariableByteLimit, inEnglish(limitChecks.spokenTextTooLong))
  .refine((text) => !/[<>]|(?![\t\n\r])\p{Cc}/u.test(text), setupWords.checkSpokenTextPlain);
