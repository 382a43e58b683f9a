import type { Page } from '@playwright/test';
import { farEndKinds } from '../lab/far-end-phone';
import { farEndTone, type CallLab } from '../support/call-lab';
import { invokeInPage, pageHearsShare, waitForCallEvent } from '../support/call-page';
import { expect } from '../support/shell-test';
import { expectSoundBothWays, signIn, test } from '../support/call-ui';
import type { ShellProcess } from '../support/shell-process';

async function microphoneProcessing(page: Page) {
  return page.evaluate(() => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
    const settings = peers.at(-1)?.getSenders()[0]?.track?.getSettings();
    return [settings?.echoCancellation, settings?.noiseSuppression, settings?.autoGainControl];
  });
}

/** Dials bob, hears his tone, hangs up; bob heard the page's microphone. */
async function outgoingCallBothWays(page: Page, shell: ShellProcess, lab: CallLab): Promise<void> {
  await signIn(page, shell, lab);

  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  const heard = await pageHearsShare(page, farEndTone);
  expect(await microphoneProcessing(page)).toEqual([false, false, false]);

  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  const ended = await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');

  expect(ended.endReason).toBe('hung-up');
  await expectSoundBothWays(lab, heard);
}

for (const farEnd of farEndKinds) {
  test.describe(`bob on ${farEnd}`, () => {
    test.use({ farEnd });

    test('an outgoing call carries audio both ways and ends when Dialtone hangs up', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await outgoingCallBothWays(page, shell, lab);
      expect(pageErrors).toEqual([]);
    });

    test('an incoming call answered in Dialtone carries audio both ways and ends when the caller hangs up', async ({
      page,
      shell,
      lab,
      pageErrors,
    }) => {
      await signIn(page, shell, lab);

      await lab.bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
      const ringing = await waitForCallEvent(page, (call) => call.direction === 'incoming' && call.state === 'ringing');
      await invokeInPage(page, 'calls:answer', { callId: ringing.id });
      await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'connected');
      const heard = await pageHearsShare(page, farEndTone);

      await lab.bob.ctrl.hangup();
      const ended = await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'ended');

      expect(ended.endReason).toBe('remote-hung-up');
      await expectSoundBothWays(lab, heard);
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { __peers: RTCPeerConnection[] }).__peers.at(-1)?.connectionState),
        )
        .toBe('closed');
      expect(pageErrors).toEqual([]);
    });
  });

  test.describe(`bob on ${farEnd}, TLS and SRTP required at both ends`, () => {
    test.use({ farEnd, callLab: { secure: true } });

    test('an encrypted outgoing call carries audio both ways', async ({ page, shell, lab, pageErrors }) => {
      await outgoingCallBothWays(page, shell, lab);
      expect(pageErrors).toEqual([]);
    });
  });
}

test.describe('bob on linphone, which asks for a 90 s session interval and refreshes it every 45 s', () => {
  test.use({ farEnd: 'linphone' });

  test('a call from linphone outlasting the session interval has every refresh accepted and keeps its audio', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    test.setTimeout(180_000);
    const { bob } = lab;
    if (bob.kind !== 'linphone') throw new Error('This spec reads linphonec’s own SIP log');
    await signIn(page, shell, lab);
    await bob.ctrl.dial(`sip:alice@${lab.kamailio.domain}`);
    const ringing = await waitForCallEvent(page, (call) => call.direction === 'incoming' && call.state === 'ringing');
    await invokeInPage(page, 'calls:answer', { callId: ringing.id });
    await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'connected');
    // linphone refreshes at 45 s and 90 s; a strict server ends a session whose refresh failed at 90 s.
    await page.waitForTimeout(100_000);
    const calls = await invokeInPage(page, 'calls:list');
    const heard = await pageHearsShare(page, farEndTone, 2);
    const refreshAnswers = bob.responsesReceived().filter((response) => response.endsWith(' UPDATE'));
    test.info().annotations.push({ type: 'session', description: `${refreshAnswers.join(', ')}; page ${heard}` });

    expect(refreshAnswers.length).toBeGreaterThanOrEqual(2);
    expect(refreshAnswers.filter((response) => !response.startsWith('2'))).toEqual([]);
    expect(calls.find((call) => call.id === ringing.id)?.state).toBe('connected');
    expect(heard).toBeGreaterThan(0.95);
    await bob.ctrl.hangup();
    await waitForCallEvent(page, (call) => call.id === ringing.id && call.state === 'ended');
    expect(pageErrors).toEqual([]);
  });
});
