import { farEndMedia } from '../../electron/sip/engine/far-end-media-test-kit';
import { isRequest } from '../../electron/sip/engine/far-end-test-kit';
import { startLabFarEnd } from '../../electron/sip/engine/lab-far-end-test-kit';
import { farEndSdp } from '../../electron/sip/engine/sip-text-test-kit';
import { startKamailio } from '../lab/kamailio';
import { invokeInPage, waitForRegistered } from '../support/call-page';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

/*
 * Bob's phone is written by the test (as a phone that sends its keys by SIP INFO, like Linphone
 * set to do so) through the lab's Kamailio; alice is Dialtone, driven through what a person sees.
 */
test('keys the other side presses show in the call panel', async ({ page, shell, pageErrors }) => {
  const kamailio = await startKamailio({
    users: [
      { user: 'alice', password: 'alice-secret' },
      { user: 'bob', password: 'bob-secret' },
    ],
  });
  const bob = await startLabFarEnd(kamailio, 'bob', 'bob-secret');
  const media = await farEndMedia();
  try {
    await openApp(page, shell);
    await invokeInPage(page, 'accounts:save', {
      fields: {
        label: 'Lab',
        provider: 'sip',
        sipAddress: `alice@${kamailio.domain}`,
        authUsername: 'alice',
        registrar: `127.0.0.1:${kamailio.tcpPort}`,
        outboundProxy: null,
        transport: 'tcp',
        srtp: 'off',
        displayName: 'Alice',
        stunServer: null,
        trustedCaPem: null,
        pinnedCertSha256: null,
        enabled: true,
      },
      password: 'alice-secret',
    });
    await waitForRegistered(page);

    await page.getByLabel('Number or SIP address').pressSequentially(`bob@${kamailio.domain}`);
    await page.getByRole('button', { name: 'Call', exact: true }).click();
    const invite = await bob.far.next(isRequest('INVITE'), 'the INVITE', 10_000);
    bob.far.reply(invite, 200, 'OK', { headers: [`Contact: ${bob.contact}`], body: farEndSdp(media.port) });
    await bob.far.next(isRequest('ACK'), 'the ACK');
    const panel = page.getByRole('complementary', { name: 'Call' });
    await expect(panel.locator('.call-card__state > span').first()).toHaveText('Connected');
    await expect(panel.getByText('Keys from the other side')).toHaveCount(0);

    const dialog = bob.far.dialogOfInvite(invite);
    for (const key of ['4', '2', '#']) {
      dialog.request('INFO', [], `Signal=${key}\r\nDuration=160\r\n`, 'application/dtmf-relay');
    }
    const keys = panel.getByRole('status').filter({ hasText: /^[0-9*#]+$/ });
    await expect(keys).toHaveText('42#');
    await expect(panel.getByText('Keys from the other side:')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('received-keys.png') });

    await panel.getByRole('button', { name: 'Hang up', exact: true }).click();
    bob.far.reply(await bob.far.next(isRequest('BYE'), 'the BYE'), 200, 'OK');
    await expect(panel.getByText('Keys from the other side')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  } finally {
    media.close();
    await bob.stop();
    await kamailio.stop();
  }
});
