// What the outbound, transfer and forward Functions share: which addresses the person's line may call. Private: no URL,
// required through Runtime. Toll-fraud rules: a number only in an allowed country, a SIP address only of a user
// of the person's own domain.

const { parsePhoneNumberFromString } = require('libphonenumber-js/min');

const E164 = /^\+[1-9]\d{6,14}$/;
const SIP_USER = /^[A-Za-z0-9._~-]*[A-Za-z][A-Za-z0-9._~-]*$/; // at least one letter: digits alone are a number
const COUNTRY = /^[A-Z]{2}$/;

/** `sip:user@host:port;params?headers` (or sips:) -> { user, host }, or null if it is no SIP URI. */
function parseSipUri(uri) {
  const match = /^sips?:([^@]+)@([^:;?>]+)/i.exec(String(uri || '').trim());
  if (!match) return null;
  let user = match[1].split(';')[0]; // user parameters such as ;phone-context are not part of the number
  try {
    user = decodeURIComponent(user); // a user agent may send + as %2B
  } catch {
    return null;
  }
  return { user, host: canonical(match[2]) };
}

/** A domain reached through an edge location (x.sip.ashburn.twilio.com) is still x.sip.twilio.com. */
function canonical(host) {
  return String(host || '')
    .toLowerCase()
    .replace(/\.sip\.[a-z0-9-]+\.twilio\.com$/, '.sip.twilio.com');
}

function countryOf(number) {
  return parsePhoneNumberFromString(String(number || ''))?.country ?? null;
}

/** The countries that may be called: the listed ones, or (no list at all) the country of the user's own number. */
function allowedCountries(context) {
  const listed = context.DIALTONE_ALLOWED_COUNTRIES;
  if (listed === undefined || listed === null) return [countryOf(context.DIALTONE_NUMBER)].filter(Boolean);
  return String(listed)
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => COUNTRY.test(code));
}

/** An E.164 number in one of the countries the line may call. */
function numberAllowed(context, number) {
  const country = countryOf(number);
  return country !== null && allowedCountries(context).includes(country);
}

/**
 * What a SIP address `to` asks to call, judged against the line's rules:
 *   { kind: 'number', number }           an E.164 number in an allowed country
 *   { kind: 'not-allowed', country }     an E.164 number elsewhere (country null if unknown)
 *   { kind: 'sip-user', user }           a user of the person's own domain
 *   { kind: 'not-a-target' }             anything else
 */
function dialTarget(context, to) {
  const domain = canonical(context.DIALTONE_SIP_DOMAIN);
  const parsed = parseSipUri(to);
  if (parsed && E164.test(parsed.user)) {
    if (numberAllowed(context, parsed.user)) return { kind: 'number', number: parsed.user };
    return { kind: 'not-allowed', country: countryOf(parsed.user) };
  }
  if (parsed && parsed.host === domain && SIP_USER.test(parsed.user)) return { kind: 'sip-user', user: parsed.user };
  return { kind: 'not-a-target' };
}

/** The person's own SIP address on their domain, for a `<Sip>` noun. */
function sipAddress(context, user) {
  return `sip:${user}@${context.DIALTONE_SIP_DOMAIN};secure=true`;
}

module.exports = { E164, parseSipUri, canonical, numberAllowed, dialTarget, sipAddress };
