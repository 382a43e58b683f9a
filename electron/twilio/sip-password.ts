import { randomInt } from 'node:crypto';

const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const digits = '23456789';
const alphabet = upper + lower + digits;
const length = 24;

/** Twilio's rules for a SIP credential password: at least 12 characters, a digit, upper and lower case. */
export function meetsTwilioPasswordRules(password: string): boolean {
  return password.length >= 12 && /\d/.test(password) && /[A-Z]/.test(password) && /[a-z]/.test(password);
}

/** 24 crypto-random letters and digits (about 141 bits), without look-alikes (0/O, 1/l/I). */
export function generateSipPassword(): string {
  for (;;) {
    let password = '';
    for (let index = 0; index < length; index += 1) password += alphabet[randomInt(alphabet.length)];
    if (meetsTwilioPasswordRules(password)) return password;
  }
}
