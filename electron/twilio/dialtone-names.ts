import { randomInt } from 'node:crypto';

/** Names Dialtone gives what it creates on a Twilio account, so a later run (or removal) finds them again. */

const suffixAlphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function digitsOf(phoneNumber: string): string {
  return phoneNumber.replace(/\D/g, '');
}

/** FriendlyName of the SIP domain, the credential list and the routing service. */
export function dialtoneFriendlyName(phoneNumber: string): string {
  return `Dialtone ${phoneNumber}`;
}

export function randomNameSuffix(random: (max: number) => number = randomInt): string {
  let suffix = '';
  for (let index = 0; index < 4; index += 1) suffix += suffixAlphabet[random(suffixAlphabet.length)];
  return suffix;
}

/** dialtone-15125550123-k3x9.sip.twilio.com: letters, digits and '-', unique across Twilio thanks to the suffix. */
export function sipDomainNameFor(phoneNumber: string, suffix: string = randomNameSuffix()): string {
  return `dialtone-${digitsOf(phoneNumber)}-${suffix}.sip.twilio.com`;
}

export function isDialtoneDomainFor(domainName: string, phoneNumber: string): boolean {
  return new RegExp(`^dialtone-${digitsOf(phoneNumber)}-[a-z0-9]{4}\\.sip\\.twilio\\.com$`).test(domainName);
}

/** Serverless UniqueName (at most 50 characters; becomes part of the *.twil.io host). */
export function routingServiceNameFor(phoneNumber: string): string {
  return `dialtone-${digitsOf(phoneNumber)}`;
}
