import { seriousViolations } from '../support/axe';
import { twilioDoubleEnvName } from '../browser-shell/twilio-double-env';
import { startKamailio, type LabKamailio } from '../lab/kamailio';
import { startShellProcess, type ShellProcess } from '../support/shell-process';
import { expect, test as shellTest } from '../support/shell-test';
import { sealInvitation } from '../../electron/services/team/line-invitation-crypto';
import type { InvitedLine } from '../../shared/models/line-invitation';

/*
 * The wizard's "I was invited" path: an invitation sealed here, as the inviter's Dialtone would, for a user of
 * the lab Kamailio standing in for the team's Twilio SIP domain. A wrong passphrase is refused with what to do,
 * the right one saves the line, and it registers.
 */

const passphrase = 'harbour lantern seven owls';
const line: InvitedLine = {
  sipDomain: 'dialtone-team7.sip.twilio.com',
  username: 'carol',
  password: 'CarolSecret2026',
  edge: 'dublin',
  displayName: 'Carol Shaw',
  inviterName: 'Ada Lovelace',
  phoneNumber: '+15125550100',
};

// Importing talks to no Twilio API: these addresses answer nothing, and only the lab registrar matters.
const nothingListening = 'http://127.0.0.1:9';

const test = shellTest.extend<{ kamailio: LabKamailio; shell: ShellProcess }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures receive their dependencies destructured.
  kamailio: async ({}, use) => {
    const kamailio = await startKamailio({ extraDomainPattern: '\\.sip\\.twilio\\.com$' });
    kamailio.addUser(line.username, line.password);
    await use(kamailio);
    await kamailio.stop();
  },
  shell: async ({ kamailio }, use) => {
    const shell = await startShellProcess(undefined, undefined, {
      [twilioDoubleEnvName]: JSON.stringify({
        endpoints: {
          api: nothingListening,
          serverless: nothingListening,
          serverlessUpload: nothingListening,
          pricing: nothingListening,
        },
        sipProxyOverride: { host: `127.0.0.1:${kamailio.tlsPort}`, trustedCaPem: kamailio.caCertPem },
      }),
    });
    await use(shell);
    await shell.stop();
  },
});

test.describe.configure({ timeout: 90_000 });

test('an invitation file opens with its passphrase and the invited line registers', async ({
  page,
  shell,
  kamailio,
  pageErrors,
}) => {
  // The default scrypt settings, as Dialtone seals: about a second on a slow machine.
  const sealed = await sealInvitation(line, passphrase);
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Dialtone' })).toBeVisible();
  await page.getByRole('button', { name: 'I was invited' }).click();
  await expect(page.getByRole('heading', { name: 'Join a phone line you were invited to' })).toBeFocused();

  // Nothing entered: each field says what it needs.
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByLabel('Invitation code')).toHaveAccessibleDescription(
    /Paste the invitation code, or choose the invitation file\./,
  );
  await expect(page.getByLabel('Invitation code')).toBeFocused();

  // The code with a wrong passphrase: refused by main, with what to do.
  await page.getByLabel('Invitation code').fill(sealed.code);
  await page.getByLabel('Passphrase', { exact: true }).fill('harbour lantern seven cats');
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /^The passphrase is wrong or the invitation was changed\. Check the passphrase with the person who invited you/,
    { timeout: 15_000 },
  );

  // The file instead, with the right passphrase.
  await page.getByLabel('Or choose the invitation file').setInputFiles({
    name: 'carol.dialtone-invite',
    mimeType: 'application/json',
    buffer: Buffer.from(sealed.file),
  });
  await expect(page.getByText('carol.dialtone-invite is in the box above.')).toBeVisible();
  await expect(page.getByLabel('Invitation code')).toHaveValue(sealed.file);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import' }).click();

  await expect(page.getByRole('heading', { name: 'Your phone line is ready' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('Phone line: carol@dialtone-team7.sip.twilio.com')).toBeVisible();
  await expect(page.getByText('Ada Lovelace invited you to their phone line (+1 512 555 0100).')).toBeVisible();
  await expect(page.getByTestId('registration-status')).toHaveText('Ready', { timeout: 15_000 });
  expect(kamailio.logs()).toMatch(/REGISTER ok sip:carol@dialtone-team7\.sip\.twilio\.com /);
  await expect(page.getByRole('button', { name: 'Call the sound test' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The password stayed in main: nothing on the page shows it.
  expect(await page.content()).not.toContain(line.password);

  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  expect(pageErrors).toEqual([]);
});
