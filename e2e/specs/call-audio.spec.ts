import type { Page } from '@playwright/test';
import { farEndTone } from '../support/call-lab';
import { invokeInPage, pageHearsShare, waitForCallEvent } from '../support/call-page';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import { expect } from '../support/shell-test';
import { signIn, test } from '../support/call-ui';

const microphoneTone = fakeMicrophoneTone.frequency;

async function microphoneProcessing(page: Page) {
  return page.evaluate(() => {
    const peers = (window as unknown as { __peers: RTCPeerConnection[] }).__peers;
    const settings = peers.at(-1)?.getSenders()[0]?.track?.getSettings();
    return [settings?.echoCancellation, settings?.noiseSuppression, settings?.autoGainControl];
  });
}

test('an outgoing call carries audio both ways and ends when Dialtone hangs up', async ({
  page,
  shell,
  lab,
  pageErrors,
}) => {
  await signIn(page, shell, lab);

  const dialled = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
  await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'connected');
  const heard = await pageHearsShare(page, farEndTone);
  expect(await microphoneProcessing(page)).toEqual([false, false, false]);

  await invokeInPage(page, 'calls:hang-up', { callId: dialled.id });
  const ended = await waitForCallEvent(page, (call) => call.id === dialled.id && call.state === 'ended');
  const bobHeard = await lab.bobHeardShare(microphoneTone);
  test.info().annotations.push({ type: 'energy share', description: `page ${heard}, bob ${bobHeard}` });

  expect(ended.endReason).toBe('hung-up');
  expect(heard).toBeGreaterThan(0.95);
  expect(bobHeard).toBeGreaterThan(0.95);
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
  const bobHeard = await lab.bobHeardShare(microphoneTone);
  test.info().annotations.push({ type: 'energy share', description: `page ${heard}, bob ${bobHeard}` });

  expect(ended.endReason).toBe('remote-hung-up');
  expect(heard).toBeGreaterThan(0.95);
  expect(bobHeard).toBeGreaterThan(0.95);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __peers: RTCPeerConnection[] }).__peers.at(-1)?.connectionState),
    )
    .toBe('closed');
  expect(pageErrors).toEqual([]);
});
