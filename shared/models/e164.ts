import { z } from 'zod';

/** A phone number in international form (E.164), as Twilio takes and gives it. */
export const e164Schema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'Expected a number in international form, like +15125550123');
