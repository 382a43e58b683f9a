import { energyShareAt } from '../lab/tones';
import { expectAccessibleInBothThemes } from '../support/axe';
import { farEndTone, latestRecordingOf, type LabPhone } from '../support/call-lab';
import { invokeInPage, waitForCallEvent } from '../support/call-page';
import { callPanel, signIn, test } from '../support/call-ui';
import { recordAllFarEnds } from '../support/conference-page';
import { fakeMicrophoneTone } from '../support/fake-microphone';
import { expect } from '../support/shell-test';
import { carolTone, startCarol } from '../support/transfer-lab';

const tones = { bob: farEndTone, carol: carolTone, person: fakeMicrophoneTone.frequency };

/** The energy share at `frequency` of the last `seconds` a lab phone heard: the 3-way call, not what came before. */
async function lastSecondsShare(phone: LabPhone, frequency: number, seconds: number): Promise<number> {
  const wav = await latestRecordingOf(phone);
  return energyShareAt(wav.samples.slice(-seconds * wav.rate), wav.rate, frequency);
}

// Bob is put on hold and resumed: baresip 1.0 stops recording at the first re-INVITE, linphonec does not.
test.describe('a 3-way call: bob (linphonec) held, carol (baresip) called, both merged, through Kamailio', () => {
  test.use({ farEnd: 'linphone' });
  let carol: LabPhone | undefined;
  test.afterEach(async () => {
    await carol?.stop();
    carol = undefined;
  });

  test('Merge calls: all three hear each other; the conference card passes axe; End call hangs up both', async ({
    page,
    shell,
    lab,
    pageErrors,
  }) => {
    test.setTimeout(90_000);
    carol = await startCarol(lab);
    await signIn(page, shell, lab);
    const panel = callPanel(page);

    const toBob = await invokeInPage(page, 'calls:dial', { target: lab.bob.sipUri });
    await waitForCallEvent(page, (call) => call.id === toBob.id && call.state === 'connected');
    await panel.button('Hold').click();
    await waitForCallEvent(page, (call) => call.id === toBob.id && call.onHold);
    const toCarol = await invokeInPage(page, 'calls:dial', { target: carol.sipUri });
    await waitForCallEvent(page, (call) => call.id === toCarol.id && call.state === 'connected');

    const merge = panel.panel.getByRole('button', { name: /^Merge calls/ });
    await merge.focus();
    await page.keyboard.press('Enter');
    const card = panel.panel.getByRole('region', { name: '3-way call' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('list', { name: 'People in the call' }).getByRole('listitem')).toHaveCount(2);
    await expect(merge).toHaveCount(0);
    await waitForCallEvent(page, (call) => call.id === toBob.id && !call.onHold && call.conferenceWith === toCarol.id);

    await page.waitForTimeout(1000);
    const heard = await recordAllFarEnds(page, 3);
    const pageHeard = {
      bob: energyShareAt(heard, 16_000, tones.bob),
      carol: energyShareAt(heard, 16_000, tones.carol),
    };
    await expectAccessibleInBothThemes(page, 'the 3-way call card', '.conference-card');

    await card.getByRole('button', { name: 'End call' }).click();
    await waitForCallEvent(page, (call) => call.id === toBob.id && call.state === 'ended');
    await waitForCallEvent(page, (call) => call.id === toCarol.id && call.state === 'ended');
    const bobHeard = {
      carol: await lastSecondsShare(lab.bob, tones.carol, 3),
      person: await lastSecondsShare(lab.bob, tones.person, 3),
    };
    const carolHeard = {
      bob: await lastSecondsShare(carol, tones.bob, 3),
      person: await lastSecondsShare(carol, tones.person, 3),
    };
    test.info().annotations.push({
      type: 'energy share',
      description: JSON.stringify({ pageHeard, bobHeard, carolHeard }),
    });

    expect(pageHeard.bob).toBeGreaterThan(0.25);
    expect(pageHeard.carol).toBeGreaterThan(0.25);
    expect(bobHeard.carol).toBeGreaterThan(0.25);
    expect(bobHeard.person).toBeGreaterThan(0.25);
    expect(carolHeard.bob).toBeGreaterThan(0.25);
    expect(carolHeard.person).toBeGreaterThan(0.25);
    expect(pageErrors).toEqual([]);
  });
});
