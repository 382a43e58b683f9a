// Recording every call (DIALTONE_RECORDING "always"): each Dial that connects the person records from answer,
// each side on its own channel, with the optional spoken notice. Served by the real twilio-run; answers whole.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTwilioRun, type LabTwilioRun } from './twilio-run';
import { desktopPhone, domain, el, number, phoneCall, runInProcess, sipCall, twiml } from './twilio-run-test-kit';

const base = { DIALTONE_NUMBER: number, DIALTONE_SIP_DOMAIN: domain, DIALTONE_SIP_USER: number };
const recorded = { DIALTONE_RECORDING: 'always', DIALTONE_RECORDING_NOTICE: 'on' };
const notice = el('Say', {}, 'This call is recorded.');
const record = 'record-from-answer-dual';

let recording: LabTwilioRun;

beforeAll(async () => {
  recording = await startTwilioRun({ env: { ...base, ...recorded, DIALTONE_FORWARD_TO: '+447700900999' } });
}, 60_000);

afterAll(async () => {
  await recording?.stop();
});

describe('recording every call, with the notice', () => {
  test('an incoming call: the caller hears the notice, then Dialtone rings with the call recorded', async () => {
    const call = phoneCall();
    expect(twiml(await recording.post('/inbound', call))).toEqual(
      el(
        'Response',
        {},
        notice,
        el(
          'Dial',
          {
            action: '/voicemail',
            method: 'POST',
            answerOnBridge: 'true',
            referUrl: '/transfer',
            timeout: '25',
            record,
          },
          el('Sip', {}, desktopPhone(call.CallSid!)),
        ),
      ),
    );
  });

  test('a call Dialtone places: recorded, and the person called hears the notice once they answer', async () => {
    expect(twiml(await recording.post('/outbound', sipCall(`sip:+15125550123@${domain}`)))).toEqual(
      el(
        'Response',
        {},
        el(
          'Dial',
          { callerId: number, answerOnBridge: 'true', referUrl: '/transfer', record },
          el('Number', { url: '/recording-notice', method: 'POST' }, '+15125550123'),
        ),
      ),
    );
    expect(twiml(await recording.post('/recording-notice', phoneCall()))).toEqual(el('Response', {}, notice));
  });

  test('a forwarded call and a transferred one are recorded too', async () => {
    const forwarded = twiml(await recording.post('/forward', phoneCall({ From: '+33612345678' })));
    expect(forwarded.children[0]).toEqual(notice);
    expect((forwarded.children[1] as { attributes: Record<string, string> }).attributes.record).toBe(record);
    const transferred = runInProcess(
      'transfer',
      { ...recorded, DIALTONE_ALLOWED_COUNTRIES: 'US' },
      {
        ReferTransferTarget: `<sip:+15125550123@${domain}>`,
      },
    );
    expect(transferred).toContain(`record="${record}"`);
  });
});

describe('not recording', () => {
  test.each([
    ['recording off', { DIALTONE_RECORDING: 'off', DIALTONE_RECORDING_NOTICE: 'on' }],
    ['recording on demand (started from Dialtone through the REST API)', { DIALTONE_RECORDING: 'on-demand' }],
    ['no variable at all', {}],
  ])('%s: no record attribute and no notice', (_what, env) => {
    const inbound = runInProcess('inbound', env, { From: '+15125550199' });
    const outbound = runInProcess('outbound', env, sipCall(`sip:+15125550123@${domain}`));
    for (const answer of [inbound, outbound]) {
      expect(answer).not.toContain('record=');
      expect(answer).not.toContain('This call is recorded');
    }
    expect(outbound).toContain('<Number>+15125550123</Number>');
  });

  test('recording without the notice says nothing', () => {
    const answer = runInProcess('inbound', { DIALTONE_RECORDING: 'always' }, { From: '+15125550199' });
    expect(answer).toContain(`record="${record}"`);
    expect(answer).not.toContain('<Say');
  });
});
