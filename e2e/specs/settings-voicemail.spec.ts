import type { Page } from '@playwright/test';
import { defaultVoicemailGreeting } from '../../shared/models/twilio-setup-names';
import { openApp } from '../support/open-app';
import { startShellProcess } from '../support/shell-process';
import { expect, test as shellTest } from '../support/shell-test';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expectAccessible, test as twilioTest } from '../support/setup-wizard';

/*
 * Settings, Voicemail: the greeting callers hear (changed on the Twilio double behind Prism once the
 * phone line exists) and whether recordings are deleted from Twilio once Dialtone has them.
 */

const voicemailSection = (page: Page) => page.getByRole('region', { name: 'Voicemail' });
const liveAtTwilio = (page: Page) =>
  page
    .getByRole('region', { name: 'Call handling' })
    .getByRole('status')
    .filter({ hasText: /Twilio/ })
    .first();
/** A send is several requests through Prism to the double: on a loaded machine it takes well over 5 s. */
const sendTimeoutMs = 30_000;

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(voicemailSection(page)).toBeVisible();
}

/** Holds main's answers to setup:set-voicemail-greeting until released, so the page's saving state shows. */
async function holdGreetingAnswers(page: Page) {
  const held: Array<() => void> = [];
  await page.routeWebSocket(/\/ipc\?token=/, (socket) => {
    const server = socket.connectToServer();
    const greetingRequests = new Set<number>();
    socket.onMessage((message) => {
      const request = JSON.parse(String(message)) as { id?: number; channel?: string };
      if (request.channel === 'setup:set-voicemail-greeting' && request.id !== undefined) {
        greetingRequests.add(request.id);
      }
      server.send(message);
    });
    server.onMessage((message) => {
      const reply = JSON.parse(String(message)) as { id?: number };
      if (reply.id !== undefined && greetingRequests.has(reply.id)) held.push(() => socket.send(message));
      else socket.send(message);
    });
  });
  return {
    count: () => held.length,
    release: () => held.splice(0).forEach((send) => send()),
  };
}

shellTest(
  'without a Twilio line: the greeting waits for the setup, the Twilio storage choice is kept',
  async ({ page, shell, pageErrors }) => {
    await openApp(page, shell);
    await openSettings(page);
    const section = voicemailSection(page);
    await expect(section.getByText(/greeting comes with the Twilio setup/)).toBeVisible();
    await expect(section.getByRole('textbox')).toHaveCount(0);

    const deleteFromTwilio = section.getByRole('checkbox', {
      name: 'Delete recordings from Twilio after saving them here',
    });
    await expect(deleteFromTwilio).not.toBeChecked();
    await expect(deleteFromTwilio).toHaveAccessibleDescription(/Twilio charges for storing recordings/);
    await deleteFromTwilio.check();
    await expect(section.getByText('Saved', { exact: true })).toBeVisible();

    await shell.stop();
    const restarted = await startShellProcess(shell.dataDir);
    try {
      await openApp(page, restarted);
      await openSettings(page);
      await expect(deleteFromTwilio).toBeChecked();
    } finally {
      await restarted.stop();
    }
    expect(pageErrors).toEqual([]);
  },
);

// The lab, the shell and the whole setup come first.
twilioTest.describe.configure({ timeout: 180_000 });

twilioTest(
  'with a Twilio line: a new greeting is checked, saved on Twilio without a build, and a failure keeps it',
  async ({ page, shell, twilio, pageErrors }) => {
    const greetingOnTwilio = () => twilio.double.state().variables.find((v) => v.key === 'VOICEMAIL_GREETING')?.value;
    const answers = await holdGreetingAnswers(page);
    await setUpTwilioLine(page, shell, twilio);
    await openSettings(page);
    expect(greetingOnTwilio()).toBe(defaultVoicemailGreeting);

    const section = voicemailSection(page);
    const greeting = section.getByRole('textbox', { name: 'Greeting callers hear' });
    const save = section.getByRole('button', { name: 'Save greeting' });
    await expect(greeting).toHaveValue(defaultVoicemailGreeting);
    await greeting.fill('  ');
    await expect(greeting).toHaveAccessibleDescription(/Write what callers hear before the beep/);
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await greeting.fill('Call me 📞 back. '.repeat(30));
    await expect(greeting).toHaveAttribute('aria-invalid', 'true');
    await expect(greeting).toHaveAccessibleDescription(/Shorten the greeting/);

    const words = 'Hi, this is Ada. Leave a message & I’ll call you back.';
    await greeting.fill(words);
    await expect(greeting).not.toHaveAttribute('aria-invalid');
    await save.click();
    await expect(section.getByText('Saving…')).toBeVisible();
    await expect(save).toHaveAttribute('aria-disabled', 'true');
    await expect.poll(answers.count).toBe(1);
    answers.release();
    await expect(section.getByText('Saved', { exact: true })).toBeVisible();
    // Saved in Dialtone first, then sent: the failure below must not meet this send still on its way.
    await expect(liveAtTwilio(page)).toHaveText(/^Live at Twilio since /, { timeout: sendTimeoutMs });
    expect(greetingOnTwilio()).toBe(words);
    // Twilio's Functions read the variable on their next request: nothing was built again.
    expect(twilio.double.state().builds).toHaveLength(1);
    await expectAccessible(page);

    twilio.double.failNext({
      method: 'POST',
      path: /\/Variables\/ZV\w+$/,
      status: 500,
      code: 20500,
      message: 'Internal',
    });
    await greeting.fill('Back on Monday.');
    await save.click();
    await expect.poll(answers.count).toBe(1);
    answers.release();
    // Kept here and said to be not live; Twilio's words and Try again are in Call handling, shown once.
    await expect(section.getByText(/^Not live at Twilio: .* Try again are under Call handling\.$/)).toBeVisible({
      timeout: sendTimeoutMs,
    });
    const problem = page.getByRole('region', { name: 'Call handling' }).getByRole('alert');
    await expect(problem).toContainText('20500');
    await expect(problem.locator('.wizard-problem__todo')).not.toBeEmpty();
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expect(greeting).toHaveValue('Back on Monday.');
    expect(greetingOnTwilio()).toBe(words);
    await expectAccessible(page);
    expect(pageErrors).toEqual([]);
  },
);
