// /inbound for a team: every number of the team points its VoiceUrl at /inbound. A call to a member's own number
// rings that member's desktop phone, a call to a ring group's number rings all its members at once (one <Dial>,
// one <Sip> each), and either goes to /voicemail?why=team when nobody answers: the standard greeting, none of the
// owner's. The owner's number keeps the owner's call handling (here: do not disturb). Answers compared whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { callSid, el, number, phoneCall, runInProcess, twiml, voicemailSaying } from './twilio-run-test-kit';
import { memberNumber, ringGroupNumber, ringingMember, teamEnv } from './team-test-kit';

const defaultGreeting = 'The person you are calling is not available. Please leave a message after the tone.';
const ownerHandling = {
  RING_TIMEOUT_SECONDS: '30',
  VOICEMAIL_GREETING: 'Hi, this is Sam. Leave a message.',
  DIALTONE_RECORDED_VOICEMAIL: `/greetings/${'a'.repeat(32)}.wav`,
  DIALTONE_DO_NOT_DISTURB: 'on',
  DIALTONE_AUTO_REPLY: 'Sam is away until Monday.',
};

let line: LabTwilioRun;

beforeAll(async () => {
  line = await startTwilioRun({ env: teamEnv({}, ownerHandling) });
}, 60_000);

afterAll(async () => {
  await line?.stop();
});

const ringing = (...sips: string[]) =>
  el(
    'Response',
    {},
    el(
      'Dial',
      { action: '/voicemail?why=team', method: 'POST', answerOnBridge: 'true', referUrl: '/transfer', timeout: '30' },
      ...sips.map((address) => el('Sip', {}, address)),
    ),
  );

describe('/inbound: a call to a number of the team', () => {
  test('to a member’s number rings that member, then voicemail', async () => {
    const call = phoneCall({ To: memberNumber, Called: memberNumber });
    expect(twiml(await line.post('/inbound', call))).toEqual(ringing(ringingMember(memberNumber, call.CallSid!)));
  });

  test('to a ring group’s number rings all its members at once, then voicemail', async () => {
    const call = phoneCall({ To: ringGroupNumber, Called: ringGroupNumber });
    expect(twiml(await line.post('/inbound', call))).toEqual(
      ringing(
        ringingMember('alice', call.CallSid!),
        ringingMember(memberNumber, call.CallSid!),
        ringingMember(number, call.CallSid!),
      ),
    );
  });

  test('to the owner’s number keeps the owner’s call handling: do not disturb sends it to voicemail', async () => {
    expect(twiml(await line.post('/inbound', phoneCall()))).toEqual(
      el('Response', {}, el('Redirect', { method: 'POST' }, '/voicemail')),
    );
  });

  test('to a number that is no one’s in the team is the owner’s call, as before teams', async () => {
    const call = phoneCall({ To: '+15125550199', Called: '+15125550199' });
    expect(twiml(await line.post('/inbound', call))).toEqual(
      el('Response', {}, el('Redirect', { method: 'POST' }, '/voicemail')),
    );
  });

  test('a team ring is recorded, after the notice, when the line records every call (in-process)', () => {
    const env = { ...teamEnv(), DIALTONE_RECORDING: 'always', DIALTONE_RECORDING_NOTICE: 'on' };
    const sid = callSid();
    expect(runInProcess('inbound', env, { To: memberNumber, From: '+447700900123', CallSid: sid })).toContain(
      '<Say>This call is recorded.</Say><Dial action="/voicemail?why=team" method="POST" answerOnBridge="true" ' +
        `referUrl="/transfer" timeout="25" record="record-from-answer-dual"><Sip>${ringingMember(memberNumber, sid)}</Sip></Dial>`,
    );
  });
});

describe('/voicemail?why=team: nobody in the team answered', () => {
  const noAnswer = (to: string) =>
    phoneCall({ To: to, Called: to, CallStatus: 'in-progress', DialCallStatus: 'no-answer', DialCallSid: callSid() });

  test('takes a message with the standard greeting, not the owner’s words or recording', async () => {
    expect(twiml(await line.post('/voicemail?why=team', noAnswer(ringGroupNumber)))).toEqual(
      voicemailSaying(defaultGreeting),
    );
  });

  test('sends no auto-reply: the owner’s text speaks for the owner (in-process)', () => {
    // With an auto-reply due, /voicemail answers only once it is sent (asynchronously), so runInProcess would get
    // nothing back; the answer arriving at once shows that none was attempted.
    const answer = runInProcess(
      'voicemail',
      { ...ownerHandling, DOMAIN_NAME: 'dialtone-1.twil.io' },
      {
        ...noAnswer(memberNumber),
        why: 'team',
      },
    );
    expect(answer).toContain(`<Say>${defaultGreeting}</Say><Record`);
  });
});
