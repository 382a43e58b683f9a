import type { CountryCode } from 'libphonenumber-js';
import { asteriskNames, dialtonePhoneNames } from './asterisk-names';
import {
  arrowSetting,
  comment,
  type AsteriskConfigFile,
  type AsteriskLine,
  type AsteriskSection,
} from './asterisk-config-writer';
import { diallingRules, type DiallingRules } from './national-dialling-rules';
import type { AsteriskConfigInput } from './pbx-config-input';

/*
 * extensions.conf: calls from Twilio to the trunk's number ring Dialtone; what Dialtone (or an office phone)
 * dials is rewritten to E.164 and sent through the trunk with PJSIP/<number>@<trunk endpoint>.
 */

const ringSeconds = 30;
const dialSeconds = 60;

/** `exten => pattern,1,first` then `same => n,…` for the rest. */
function extension(pattern: string, ...applications: string[]): AsteriskLine[] {
  const [first, ...rest] = applications;
  if (first === undefined) throw new Error('An extension needs at least one application');
  return [arrowSetting('exten', `${pattern},1,${first}`), ...rest.map((app) => arrowSetting('same', `n,${app}`))];
}

const toE164 = (pattern: string, e164Expression: string) =>
  extension(pattern, `Goto(${asteriskNames.twilioDialContext},${e164Expression},1)`);

/** One pattern per possible national length: Asterisk patterns cannot count otherwise. */
function nationalPatterns(rules: DiallingRules): AsteriskLine[] {
  const { trunkPrefix, callingCode, nationalLengths } = rules;
  const digitsAfter = (length: number) => 'X'.repeat(length - 1);
  const prefixed = trunkPrefix
    ? nationalLengths.flatMap((length) =>
        toE164(`_${trunkPrefix}Z${digitsAfter(length)}`, `+${callingCode}\${EXTEN:${trunkPrefix.length}}`),
      )
    : [];
  // Where a trunk prefix exists, a national number never starts with 0, which keeps 00… international.
  const firstDigit = trunkPrefix ? 'Z' : 'X';
  const bare = rules.bareNationalNumbers
    ? nationalLengths.flatMap((length) => toE164(`_${firstDigit}${digitsAfter(length)}`, `+${callingCode}\${EXTEN}`))
    : [];
  return [...prefixed, ...bare];
}

function toTwilioSection(input: AsteriskConfigInput): AsteriskSection {
  const rules = diallingRules(input.country as CountryCode);
  return {
    name: asteriskNames.toTwilioContext,
    lines: [
      comment(`What Dialtone dials, written as E.164 with the numbering plan of ${input.country}.`),
      comment(`Office phones can call out too: add include => ${asteriskNames.toTwilioContext} to their context.`),
      comment('Emergency numbers are not routed: Twilio needs an emergency address for them.'),
      arrowSetting('include', asteriskNames.dialtonePhoneContext),
      ...toE164('_+X.', '${EXTEN}'),
      ...rules.internationalPrefixes.flatMap((prefix) => toE164(`_${prefix}X.`, `+\${EXTEN:${prefix.length}}`)),
      ...nationalPatterns(rules),
    ],
  };
}

export function asteriskDialplanConfig(input: AsteriskConfigInput): AsteriskConfigFile {
  const names = asteriskNames;
  const phone = dialtonePhoneNames(input.dialtoneExtension);
  const extensionNumber = input.dialtoneExtension.number;
  return {
    header: [`Dialtone: routing for ${input.phoneNumber} over the Twilio trunk. Add to /etc/asterisk/extensions.conf.`],
    sections: [
      {
        name: names.fromTwilioContext,
        lines: [
          comment(`Calls to ${input.phoneNumber} ring Dialtone.`),
          ...extension(input.phoneNumber, `Goto(${names.dialtonePhoneContext},${extensionNumber},1)`),
          ...extension(input.phoneNumber.slice(1), `Goto(${names.dialtonePhoneContext},${extensionNumber},1)`),
        ],
      },
      {
        name: names.dialtonePhoneContext,
        lines: [
          comment(`Office phones reach Dialtone at ${extensionNumber}: add include => ${names.dialtonePhoneContext}.`),
          ...extension(extensionNumber, `Dial(PJSIP/${phone.endpoint},${ringSeconds})`, 'Hangup()'),
        ],
      },
      toTwilioSection(input),
      {
        name: names.twilioDialContext,
        lines: [
          comment(`Twilio accepts only its own numbers as caller ID: ${input.phoneNumber}.`),
          ...extension(
            '_+X.',
            `Set(CALLERID(num)=${input.phoneNumber})`,
            `Dial(PJSIP/\${EXTEN}@${names.trunkEndpoint},${dialSeconds})`,
            'Hangup()',
          ),
        ],
      },
    ],
  };
}
