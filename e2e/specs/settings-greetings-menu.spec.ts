import type { Page } from '@playwright/test';
import { generatedMenuPrompt } from '../../shared/models/phone-menu-prompt';
import { defaultVoicemailGreeting } from '../../shared/models/twilio-setup-names';
import { expectAccessibleInBothThemes } from '../support/axe';
import { finishSpeaking, installFakeSpeech, spokenSoFar } from '../support/fake-speech';
import { setUpTwilioLine } from '../support/inbox-lab';
import { expect, test } from '../support/setup-wizard';
import { phoneCall, runInProcess } from '../lab/twilio-run/twilio-run-test-kit';

/*
 * Settings, Call handling: the voice, the after-hours greeting, the phone menu and recording, set in the app.
 * Each reaches the double behind Prism as the Twilio variables the Functions read within 5 s (no build); the
 * menu and inbound Functions are then run on what the double holds. Words the schema refuses never leave the
 * page.
 */

const section = (page: Page) => page.getByRole('region', { name: 'Call handling' });
const card = (page: Page, title: string) => section(page).getByRole('group', { name: title, exact: true });

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(section(page)).toBeVisible();
}

/** Counts the page's setup:set-call-handling requests to main. */
async function countCallHandlingSaves(page: Page): Promise<() => number> {
  let saves = 0;
  await page.routeWebSocket(/\/ipc\?token=/, (socket) => {
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const request = JSON.parse(String(message)) as { channel?: string };
      if (request.channel === 'setup:set-call-handling') saves++;
      server.send(message);
    });
    server.onMessage((message) => socket.send(message));
  });
  return () => saves;
}

// The line's setup takes most of it; on a loaded machine the whole runs 2 to 3 minutes.
test.describe.configure({ timeout: 240_000 });

test('a voice, an after-hours greeting, the phone menu and recording reach Twilio as the variables the Functions read', async ({
  page,
  shell,
  twilio,
  pageErrors,
}) => {
  const variable = (key: string) => twilio.double.state().variables.find((v) => v.key === key)?.value;
  const liveAfter: Record<string, number> = {};
  async function expectLive(key: string, value: string, since: number): Promise<void> {
    await expect.poll(() => variable(key), { timeout: 5_000 }).toBe(value);
    liveAfter[key] = Date.now() - since;
  }

  const saves = await countCallHandlingSaves(page);
  await setUpTwilioLine(page, shell, twilio);
  await openSettings(page);
  const builds = twilio.double.state().builds.length;
  expect(variable('DIALTONE_VOICE')).toBe('standard');
  expect(variable('DIALTONE_GREETING_AFTER_HOURS')).toBe('none');
  expect(variable('DIALTONE_MENU')).toBe('off');
  expect(variable('DIALTONE_RECORDING')).toBe('off');

  // The voice: an Amazon Polly voice, labelled with its language.
  const greetings = card(page, 'Greetings');
  const voice = greetings.getByLabel('Voice', { exact: true });
  await expect(voice).toHaveAccessibleDescription(/Twilio bills text-to-speech/);
  const votedAt = Date.now();
  await voice.selectOption({ label: 'Amy, English (UK)' });
  await expectLive('DIALTONE_VOICE', 'Polly.Amy', votedAt);
  await expectLive('DIALTONE_LANGUAGE', 'en-GB', votedAt);
  await expect(greetings.getByText('Saved', { exact: true })).toBeVisible();

  // Listen speaks with this computer's voices: disabled, with the reason, where Chromium has none.
  const listen = greetings.getByRole('button', { name: 'Listen to the after-hours greeting' });
  await expect(listen).toHaveAccessibleDescription(
    /Listen uses your computer’s voice; callers hear Amy, English \(UK\)/,
  );
  const computerVoices = await page.evaluate(() => speechSynthesis.getVoices().length);
  if (computerVoices === 0) {
    await expect(listen).toHaveAttribute('aria-disabled', 'true');
    await expect(listen).toHaveAccessibleDescription(/Listen is unavailable: this computer has no voice installed/);
  } else {
    await expect(listen).not.toHaveAttribute('aria-disabled');
  }
  test.info().annotations.push({ type: 'computer voices for Listen', description: String(computerVoices) });

  // A hostile after-hours greeting: the schema's message, and nothing sent.
  const afterHours = greetings.getByRole('textbox', { name: 'After-hours greeting' });
  await expect(afterHours).toHaveAttribute('placeholder', 'Same as the voicemail greeting');
  await expect(afterHours).toHaveAccessibleDescription(/Said outside your business hours/);
  const savesBefore = saves();
  await afterHours.fill('<Play>http://evil.example/x.mp3</Play>');
  await expect(afterHours).toHaveAttribute('aria-invalid', 'true');
  await expect(afterHours).toHaveAccessibleDescription(/Use plain words: no control characters or angle brackets/);
  const saveAfterHours = greetings.getByRole('button', { name: 'Save greeting' }).first();
  await expect(saveAfterHours).toHaveAttribute('aria-disabled', 'true');
  // Pressed anyway (aria-disabled keeps it focusable): nothing is sent.
  await saveAfterHours.click({ force: true });
  await expect(afterHours).toHaveValue('<Play>http://evil.example/x.mp3</Play>');
  expect(saves()).toBe(savesBefore);
  expect(variable('DIALTONE_GREETING_AFTER_HOURS')).toBe('none');

  const closed = 'We are closed. Call again on Monday, or leave a message.';
  await afterHours.fill(closed);
  await expect(afterHours).not.toHaveAttribute('aria-invalid');
  const greetingAt = Date.now();
  await saveAfterHours.click();
  await expectLive('DIALTONE_GREETING_AFTER_HOURS', closed, greetingAt);
  expect(saves()).toBe(savesBefore + 1);

  // The phone menu, with the prompt made from the choices shown until the person writes one.
  const menu = card(page, 'Phone menu');
  const menuAt = Date.now();
  await menu.getByRole('checkbox', { name: 'Answer with a menu' }).check();
  await expectLive('DIALTONE_MENU', 'on', menuAt);
  const prompt = menu.getByRole('textbox', { name: 'Menu prompt' });
  await expect(prompt).toHaveAttribute('placeholder', generatedMenuPrompt(false));
  await expect(menu.getByRole('list', { name: 'What each key does' }).getByRole('listitem')).toHaveText([
    /^1\s*Rings Dialtone/,
    /^2\s*Voicemail/,
  ]);
  const ownPrompt = 'Thanks for calling Ada. Press 1 for Ada, 2 for a message.';
  await prompt.fill(ownPrompt);
  const promptAt = Date.now();
  await menu.getByRole('button', { name: 'Save prompt' }).click();
  await expectLive('DIALTONE_MENU_PROMPT', ownPrompt, promptAt);

  // Recording every call, without the spoken notice.
  const recording = card(page, 'Recording');
  const recordAt = Date.now();
  await recording.getByRole('radio', { name: 'Record every call' }).check();
  await expectLive('DIALTONE_RECORDING', 'always', recordAt);
  const notice = recording.getByRole('checkbox', { name: 'Tell the other side the call is recorded' });
  await expect(notice).toBeChecked();
  await expect(notice).toHaveAccessibleDescription(/The law in many places requires the consent/);
  const noticeAt = Date.now();
  await notice.uncheck();
  await expectLive('DIALTONE_RECORDING_NOTICE', 'off', noticeAt);

  test.info().annotations.push({ type: 'live at Twilio after (ms)', description: JSON.stringify(liveAfter) });
  for (const ms of Object.values(liveAfter)) expect(ms).toBeLessThan(5_000);
  expect(twilio.double.state().builds).toHaveLength(builds);

  // What the Functions make of the variables on the double.
  const env = Object.fromEntries(twilio.double.state().variables.map((v) => [v.key, v.value]));
  expect(runInProcess('menu', env, phoneCall())).toContain(
    `<Say voice="Polly.Amy" language="en-GB">${ownPrompt}</Say>`,
  );
  const rung = runInProcess('inbound', env, phoneCall({ menu: 'ring' }));
  expect(rung).toContain('record="record-from-answer-dual"');
  expect(rung).not.toContain('<Say');

  await expectAccessibleInBothThemes(page, 'Settings, Call handling with greetings, the phone menu and recording');

  // After a reload the screen shows what main keeps (and, from now on, the page has a voice to Listen with).
  await installFakeSpeech(page);
  await page.reload();
  await openSettings(page);
  await expect(card(page, 'Greetings').getByLabel('Voice', { exact: true })).toHaveValue('Polly.Amy');
  await expect(card(page, 'Greetings').getByRole('textbox', { name: 'After-hours greeting' })).toHaveValue(closed);
  await expect(menu.getByRole('checkbox', { name: 'Answer with a menu' })).toBeChecked();
  await expect(menu.getByRole('textbox', { name: 'Menu prompt' })).toHaveValue(ownPrompt);
  await expect(recording.getByRole('radio', { name: 'Record every call' })).toBeChecked();
  await expect(notice).not.toBeChecked();

  // Listen says the words in the chosen voice's language, with the computer's closest voice, and can be stopped.
  const listenAgain = card(page, 'Greetings').getByRole('button', { name: 'Listen to the after-hours greeting' });
  await expect(listenAgain).not.toHaveAttribute('aria-disabled');
  await listenAgain.click();
  expect(await spokenSoFar(page)).toEqual([{ text: closed, lang: 'en-GB', voice: 'Fake UK' }]);
  const stop = card(page, 'Greetings').getByRole('button', { name: 'Stop the after-hours greeting' });
  await expect(stop).toBeVisible();
  await finishSpeaking(page);
  await expect(listenAgain).toBeVisible();
  // An empty busy greeting plays the voicemail greeting, as Twilio would say it.
  await card(page, 'Greetings').getByRole('button', { name: 'Listen to the busy greeting' }).click();
  expect((await spokenSoFar(page)).at(-1)).toEqual({ text: defaultVoicemailGreeting, lang: 'en-GB', voice: 'Fake UK' });
  await menu.getByRole('button', { name: 'Listen to the menu prompt' }).click();
  expect((await spokenSoFar(page)).at(-1)?.text).toBe(ownPrompt);
  expect(pageErrors).toEqual([]);
});
