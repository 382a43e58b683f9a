// The team on the line's SIP domain, read from the variables Dialtone sets (electron/twilio/team-variables.ts).
// Private: no URL, required through Runtime. Twilio's SIP domain guidance: a member with a number has it (E.164)
// as username; a member without one has an alphanumeric username and is reached by name or extension.
//   DIALTONE_TEAM_1 … _5          the members: "username" or "username:extension", comma-separated
//   DIALTONE_RING_GROUP_1 … _10   one ring group each: "+number=username,username"
//   DIALTONE_DEFAULT_CALLER_ID    the caller ID of members without a number when they call the phone network
// "none" when a variable holds nothing. The line's owner (DIALTONE_NUMBER) is always a member, listed or not.
// Any variable may be absent or malformed (a routing from before teams, a hand edit in the Console): a malformed
// entry is left out, so the most a bad variable does is leave the owner alone on the line, as before teams.

const { parsePhoneNumberFromString } = require('libphonenumber-js/min');

const TEAM_VARIABLES = 5;
const RING_GROUP_VARIABLES = 10;
// Twilio rings at most 10 nouns of one Dial at once.
const RING_GROUP_SIZE = 10;
const E164 = /^\+[1-9]\d{6,14}$/;
const NAME = /^(?=.{1,32}$)[a-z0-9._-]*[a-z][a-z0-9._-]*$/;
const EXTENSION = /^[1-9]\d{1,4}$/;
// A number dialled the way people of the caller's country write it, without the country code.
const NATIONAL = /^\d{6,17}$/;
const RING_GROUP = /^(\+[1-9]\d{6,14})=(.+)$/;

const isUsername = (value) => E164.test(value) || NAME.test(value);

/** The values of PREFIX_1 … PREFIX_count that hold something. */
function numberedValues(context, prefix, count) {
  const values = [];
  for (let index = 1; index <= count; index++) {
    const value = String(context[`${prefix}_${index}`] ?? '').trim();
    if (value !== '' && value !== 'none') values.push(value);
  }
  return values;
}

function listedMembers(context) {
  const members = [];
  for (const value of numberedValues(context, 'DIALTONE_TEAM', TEAM_VARIABLES)) {
    for (const entry of value.split(',')) {
      const [username, extension = null, ...rest] = entry.trim().split(':');
      if (!isUsername(username) || rest.length > 0 || (extension !== null && !EXTENSION.test(extension))) continue;
      members.push({ username, extension });
    }
  }
  return members;
}

/** Every member once (the first entry of a username counts), the owner first. */
function teamMembers(context) {
  const owner = String(context.DIALTONE_NUMBER ?? '');
  const listed = listedMembers(context);
  const ownerEntry = E164.test(owner)
    ? [listed.find((m) => m.username === owner) ?? { username: owner, extension: null }]
    : [];
  const members = [];
  for (const member of [...ownerEntry, ...listed]) {
    if (!members.some((known) => known.username === member.username)) members.push(member);
  }
  return members;
}

function ringGroups(context, members) {
  const groups = [];
  for (const value of numberedValues(context, 'DIALTONE_RING_GROUP', RING_GROUP_VARIABLES)) {
    const match = RING_GROUP.exec(value);
    if (!match) continue;
    const usernames = [...new Set(match[2].split(',').map((username) => username.trim()))]
      .filter((username) => members.some((member) => member.username === username))
      .slice(0, RING_GROUP_SIZE);
    if (usernames.length > 0) groups.push({ number: match[1], members: usernames });
  }
  return groups;
}

/** { members: [{ username, extension }], ringGroups: [{ number, members: [username] }], defaultCallerId }. */
function readTeam(context) {
  const members = teamMembers(context);
  const callerId = String(context.DIALTONE_DEFAULT_CALLER_ID ?? '').trim();
  return { members, ringGroups: ringGroups(context, members), defaultCallerId: E164.test(callerId) ? callerId : null };
}

function memberByUsername(team, username) {
  return team.members.find((member) => member.username === username) ?? null;
}

function memberByNumber(team, number) {
  return E164.test(number) ? memberByUsername(team, number) : null;
}

function memberByExtension(team, extension) {
  return EXTENSION.test(extension) ? (team.members.find((member) => member.extension === extension) ?? null) : null;
}

function ringGroupByNumber(team, number) {
  return team.ringGroups.find((group) => group.number === number) ?? null;
}

/** A member with a number: it is their username, their caller ID and what rings them. */
const hasNumber = (member) => E164.test(member.username);

const isExtension = (user) => EXTENSION.test(user);

const usesExtensions = (team) => team.members.some((member) => member.extension !== null);

/**
 * The member a dialled SIP user part names on the line's domain, or null: their extension, their number in
 * E.164 or as dialled at home (the national form of `homeNumber`'s country), or their username.
 */
function memberDialled(team, user, homeNumber) {
  if (isExtension(user)) return memberByExtension(team, user);
  if (NATIONAL.test(user)) {
    const country = parsePhoneNumberFromString(String(homeNumber ?? ''))?.country;
    const number = country ? parsePhoneNumberFromString(user, country) : undefined;
    return number?.isValid() ? memberByNumber(team, number.number) : null;
  }
  return memberByUsername(team, user);
}

module.exports = {
  readTeam,
  memberByUsername,
  memberByNumber,
  memberByExtension,
  ringGroupByNumber,
  memberDialled,
  hasNumber,
  isExtension,
  usesExtensions,
};
