import { isIPv4 } from 'node:net';
import { z } from 'zod';
import { e164Schema } from '../../../shared/models/e164';
import { phoneNumberSidSchema } from '../../../shared/models/twilio-setup';
import { officeWords } from '../../../shared/text/office-words';
import { words, type Words } from '../../../shared/text/words';

/** The checks' own sentences: zod carries their English, trunkInputRefusal finds their words again. */
const checks = [
  'ipv4Expected',
  'privateAddress',
  'pbxAddressTooLong',
  'pbxAddressExpected',
  'trunkNameNeeded',
  'trunkNameTooLong',
  'trunkNameCharacters',
  'sourceAddressNeeded',
] as const satisfies readonly (keyof typeof officeWords)[];
type Check = (typeof checks)[number];
const said = (check: Check): string => officeWords[check];

/** A refusal of trunkInputSchema as the person reads it: one of its sentences in words, else zod's text as it is. */
export function trunkInputRefusal(message: string): Words | string {
  const check = checks.find((candidate) => officeWords[candidate] === message);
  return check ? words(`office.${check}`) : message;
}

/** 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier NAT), loopback, link-local, multicast, reserved and "this network". */
function isPublicIPv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return !(
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A DNS name with at least two labels and a top-level label that is not all digits (that would be an IP address). */
const hostnamePattern = new RegExp(`^(?:${label}\\.)+(?=[a-z0-9-]*[a-z])${label}$`);

const publicIPv4 = z
  .string()
  .trim()
  .max(15, { message: said('ipv4Expected'), abort: true })
  .refine(isIPv4, { message: said('ipv4Expected'), abort: true })
  .refine(isPublicIPv4, said('privateAddress'));

const pbxAddress = z
  .string()
  .trim()
  .toLowerCase()
  // abort: the checks below must never see an oversized (possibly hostile) value.
  .max(253, { message: said('pbxAddressTooLong'), abort: true })
  .refine(
    (value) => (isIPv4(value) ? isPublicIPv4(value) : hostnamePattern.test(value) && value !== 'localhost'),
    said('pbxAddressExpected'),
  );

/** What a person enters to connect their office PBX to Twilio through an Elastic SIP trunk. */
export const trunkInputSchema = z
  .strictObject({
    /** Where Twilio sends calls to the number (the origination URL's host). */
    pbxAddress,
    /** The PBX's SIP port; the URL names none when absent (5060, or 5061 with TLS). */
    port: z.number().int().min(1).max(65535).optional(),
    /** TLS signalling and SRTP media, both ways. */
    secure: z.boolean(),
    /** The public IPv4 address the PBX's calls come from; the PBX address itself when that is an IPv4 address. */
    sourceAddress: publicIPv4.optional(),
    numberSid: phoneNumberSidSchema,
    phoneNumber: e164Schema,
    friendlyName: z
      .string()
      .trim()
      .min(1, said('trunkNameNeeded'))
      .max(64, { message: said('trunkNameTooLong'), abort: true })
      .regex(/^[^\p{Cc}\p{Cf}]+$/u, said('trunkNameCharacters')),
  })
  .refine((input) => input.sourceAddress !== undefined || isIPv4(input.pbxAddress), {
    message: said('sourceAddressNeeded'),
    path: ['sourceAddress'],
  });

export type TrunkInput = z.output<typeof trunkInputSchema>;

/** The address Twilio lets in for termination: the one given, else the PBX address (then an IPv4 address). */
export function sourceAddressOf(input: TrunkInput): string {
  return input.sourceAddress ?? input.pbxAddress;
}
