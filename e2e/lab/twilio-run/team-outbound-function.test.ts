// /outbound for a team on the line's SIP domain, served by the real twilio-run with the variables Dialtone's
// teamVariables writes (team-test-kit.ts). Every flow of Twilio's SIP domain guidance is a <Dial>, a second leg:
// a member with a number calls the phone network with it as caller ID; a member without one with the team's default
// caller ID; members reach each other by number (international or national form), by name or by extension, each
// <Sip> showing the caller's username. Answers are compared whole, element by element.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { domain, el, number, runInProcess, sipCall, twiml } from './twilio-run-test-kit';
import { memberAddress, memberNumber, ringGroupNumber, teamEnv } from './team-test-kit';

const noCallerId =
  'Dialtone could not place this call: there is no caller ID for team members without their own number. To choose one, open Dialtone, under Settings, Team.';
const notYourPhone = 'Dialtone could not place this call, because it did not come from your Dialtone phone.';
const refused = (words: string) => el('Response', {}, el('Say', {}, words), el('Hangup'));

/** A call placed by the member `username` (From and the authenticated user are theirs). */
const callFrom = (username: string, to: string) =>
  sipCall(to, { From: `sip:${username}@${domain}`, SipUsername: username });

const dialled = (callerId: string, noun: ReturnType<typeof el>) =>
  el('Response', {}, el('Dial', { callerId, answerOnBridge: 'true', referUrl: '/transfer' }, noun));

let team: LabTwilioRun;
let noDefaultCallerId: LabTwilioRun;

beforeAll(async () => {
  [team, noDefaultCallerId] = await Promise.all([
    startTwilioRun({ env: teamEnv() }),
    startTwilioRun({ env: teamEnv({ defaultCallerId: null }) }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([team, noDefaultCallerId].map((server) => server?.stop()));
});

describe('a member with a number (E.164 username)', () => {
  test.each([
    ['the owner', number],
    ['another member', memberNumber],
  ])('%s calls the phone network with their own number as caller ID', async (_, caller) => {
    expect(twiml(await team.post('/outbound', callFrom(caller, `sip:+442071838750@${domain}`)))).toEqual(
      dialled(caller, el('Number', {}, '+442071838750')),
    );
  });

  test.each([
    [`sip:${memberNumber}@${domain}`],
    [`sip:%2B15125550101@${domain};transport=tls`],
    [`sip:5125550101@${domain}`],
    [`sip:15125550101@${domain}`],
    [`sip:101@${domain}`],
  ])('reaches the member with a number at %s on the domain, not over the phone network', async (to) => {
    expect(twiml(await team.post('/outbound', callFrom(number, to)))).toEqual(
      dialled(number, el('Sip', {}, memberAddress(memberNumber))),
    );
  });

  test.each([[`sip:alice@${domain}`], [`sip:102@${domain}`], [`sip:102@${domain.replace('.sip.', '.sip.dublin.')}`]])(
    'reaches alice, who has no number, at %s',
    async (to) => {
      expect(twiml(await team.post('/outbound', callFrom(memberNumber, to)))).toEqual(
        dialled(memberNumber, el('Sip', {}, memberAddress('alice'))),
      );
    },
  );
});

describe('a member without a number (alphanumeric username)', () => {
  test('calls the phone network with the team’s default caller ID', async () => {
    expect(twiml(await team.post('/outbound', callFrom('alice', `sip:+15125550123@${domain}`)))).toEqual(
      dialled(ringGroupNumber, el('Number', {}, '+15125550123')),
    );
  });

  test('is refused, with where to choose one, when the team has no default caller ID', async () => {
    expect(twiml(await noDefaultCallerId.post('/outbound', callFrom('alice', `sip:+15125550123@${domain}`)))).toEqual(
      refused(noCallerId),
    );
  });

  test('still may only call the allowed countries', async () => {
    expect(twiml(await team.post('/outbound', callFrom('alice', `sip:+33142685300@${domain}`)))).toEqual(
      refused(
        'Dialtone did not place this call: calls to numbers in France are not allowed on your line. To allow them, add the country in Dialtone, under Settings, Calls to other countries.',
      ),
    );
  });

  test.each([
    ['a member with a number, by number', `sip:${memberNumber}@${domain}`, memberNumber],
    ['the owner, by national number', `sip:5125550100@${domain}`, number],
    ['another member without a number, by name', `sip:bob@${domain}`, 'bob'],
  ])('reaches %s, showing their own username', async (_, to, username) => {
    expect(twiml(await team.post('/outbound', callFrom('alice', to)))).toEqual(
      dialled('alice', el('Sip', {}, memberAddress(username))),
    );
  });

  test('reaches the owner even without a default caller ID: calls inside the team need none', async () => {
    expect(twiml(await noDefaultCallerId.post('/outbound', callFrom('bob', `sip:${number}@${domain}`)))).toEqual(
      dialled('bob', el('Sip', {}, memberAddress(number))),
    );
  });
});

describe('extensions and strangers', () => {
  test('an extension no member has is refused, said digit by digit', async () => {
    expect(twiml(await team.post('/outbound', callFrom('alice', `sip:109@${domain}`)))).toEqual(
      refused('Dialtone could not place this call: no one in your team has extension 1 0 9.'),
    );
  });

  test.each([
    ['a user of another domain', 'sip:alice@someone-else.sip.twilio.com', {}],
    ['a member’s name on another domain', 'sip:alice@pbx.example.com', {}],
    ['a user of the domain who is no member', `sip:mallory@${domain}`, { SipUsername: 'mallory' }],
    ['a member calling through another SIP domain', `sip:alice@${domain}`, { SipDomain: 'other.sip.twilio.com' }],
  ])('%s is refused in words', async (_, from, extra) => {
    const request = sipCall(`sip:+15125550123@${domain}`, { From: from, SipUsername: 'alice', ...extra });
    expect(twiml(await team.post('/outbound', request))).toEqual(refused(notYourPhone));
  });
});

test('a call inside the team is recorded when the line records every call (same handler, in-process)', () => {
  const env = { ...teamEnv(), DIALTONE_RECORDING: 'always' };
  expect(runInProcess('outbound', env, callFrom('alice', `sip:101@${domain}`))).toContain(
    `<Dial callerId="alice" answerOnBridge="true" referUrl="/transfer" record="record-from-answer-dual"><Sip>${memberAddress(memberNumber)}</Sip></Dial>`,
  );
});
