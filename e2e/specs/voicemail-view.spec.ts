import type { Voicemail } from '../../shared/models/voicemail';
import { seriousViolations } from '../support/axe';
import { audio, expect, kitCalls, row, test, type KitWindow } from '../support/voicemail-view-page';

/*
 * The Voicemail view's rows, actions and delete confirmation, in Chromium behind a page-held
 * window.dialtone (e2e/support/voicemail-view-page.ts); the player is in voicemail-player.spec.ts.
 */

const transcribed = (text: string | null, state: Voicemail['transcription']['state'] = 'completed') => ({
  state,
  text,
});

test('each row says who called, when, for how long, whether it is new, and its transcription or why there is none', async ({
  page,
  openView,
}) => {
  await openView({
    voicemails: [
      { id: 'RE1', from: '+15125550101', contactName: 'Alice Example', contactId: 'c1', durationSeconds: 45 },
      { id: 'RE2', from: '+15125550102', transcription: transcribed(null, 'transcribing'), played: true },
      { id: 'RE3', from: '+15125550103', transcription: transcribed(null, 'failed') },
      { id: 'RE4', from: '+15125550104', transcription: transcribed(null, 'none'), durationSeconds: 1 },
      { id: 'RE5', from: '+15125550105', transcription: transcribed(null, 'none'), durationSeconds: 150 },
      { id: 'RE6', from: '+15125550106', transcription: transcribed(null, 'none'), durationSeconds: 30 },
      { id: 'RE7', from: '+15125550107', transcription: transcribed('   ') },
      { id: 'RE8', from: 'Anonymous', transcription: transcribed('It is me, you know who.') },
      { id: 'RE9', from: 'sip:alice@example.com' },
    ],
  });
  const rows = page.getByRole('listitem');
  await expect(rows).toHaveCount(9);
  await expect(rows.nth(0)).toContainText('Alice Example');
  await expect(rows.nth(0)).toContainText('(512) 555-0101');
  await expect(rows.nth(0)).toContainText('New');
  await expect(rows.nth(0)).toContainText(/Today, \d{1,2}:\d\d/);
  await expect(rows.nth(0)).toContainText('45 s');
  await expect(rows.nth(0)).toContainText('Hi, it is Sam. Call me back about Friday.');
  await expect(rows.nth(1)).toContainText('(512) 555-0102');
  await expect(rows.nth(1)).not.toContainText('New');
  await expect(rows.nth(1)).toContainText('Transcribing…');
  await expect(rows.nth(2)).toContainText('Twilio could not transcribe this message.');
  await expect(rows.nth(3)).toContainText('No transcription: the message is shorter than 2 seconds.');
  await expect(rows.nth(4)).toContainText('No transcription: Twilio transcribes messages of up to 2 minutes.');
  await expect(rows.nth(4)).toContainText('2 min 30 s');
  await expect(rows.nth(5)).toContainText(/No transcription\.$/);
  await expect(rows.nth(6)).toContainText('No words were recognised in this message.');

  const fromSip = row(page, 'alice@example.com');
  await expect(fromSip.getByRole('button', { name: 'Call back alice@example.com' })).toBeEnabled();
  await expect(fromSip.getByRole('button', { name: 'Text back alice@example.com' })).toBeDisabled();

  const withheld = row(page, 'Unknown caller');
  await expect(withheld).toContainText('It is me, you know who.');
  await expect(withheld.getByRole('button', { name: 'Call back Unknown caller' })).toBeDisabled();
  await expect(withheld.getByRole('button', { name: 'Text back Unknown caller' })).toBeDisabled();
  await expect(withheld.getByRole('button', { name: /to contacts/ })).toHaveCount(0);
  await expect(row(page, 'Alice Example').getByRole('button', { name: /to contacts/ })).toHaveCount(0);
  await expect(page.getByText('Synced just now')).toBeVisible();
});

test('with no voicemail it says what will appear', async ({ page, openView }) => {
  await openView({ voicemails: [] });
  await expect(page.getByRole('heading', { level: 2, name: 'No voicemail yet' })).toBeVisible();
  await expect(page.getByText(/When a caller leaves a message after your greeting/)).toBeVisible();
  // The tab's badge asks for the count alone, the view for the first page.
  expect(await kitCalls(page, 'voicemail:list')).toEqual([
    { offset: 0, limit: 1 },
    { offset: 0, limit: 50 },
  ]);
});

test('a notification click opens its voicemail: the row scrolls into view with its player, not playing', async ({
  page,
  openView,
}) => {
  const voicemails = Array.from({ length: 30 }, (_, n) => ({
    id: `RE${n}`,
    from: `+1512555${String(n).padStart(4, '0')}`,
  }));
  await openView({ voicemails });
  const target = row(page, '(512) 555-0027');
  await expect(target).not.toBeInViewport();
  await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.open('RE27'));
  await expect(target).toBeInViewport();
  const player = target.getByRole('group', { name: /^Player/ });
  await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(player.getByRole('slider', { name: 'Position' })).toBeEnabled();
  expect((await audio(page))?.paused).toBe(true);
  expect(await kitCalls(page, 'voicemail:set-played')).toEqual([]);
});

test('a notification or a search result opens an older voicemail: its page loads and its row scrolls into view', async ({
  page,
  openView,
}) => {
  const voicemails = Array.from({ length: 120 }, (_, n) => ({
    id: `RE${n}`,
    from: `+1512555${String(n).padStart(4, '0')}`,
  }));
  await openView({ voicemails });
  await expect(page.getByRole('listitem')).toHaveCount(50);
  await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.open('RE110'));
  const target = row(page, '(512) 555-0110');
  await expect(target).toBeInViewport();
  await expect(target.getByRole('group', { name: /^Player/ }).getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await kitCalls(page, 'voicemail:list')).toEqual([
    { offset: 0, limit: 1 },
    { offset: 0, limit: 50 },
    { offset: 50, limit: 50 },
    { offset: 100, limit: 50 },
  ]);
  expect((await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.state())).view).toBe('voicemail');
});

test('a voicemail opened that is no longer here says so', async ({ page, openView }) => {
  await openView({ voicemails: Array.from({ length: 60 }, (_, n) => ({ id: `RE${n}` })) });
  await expect(page.getByRole('listitem')).toHaveCount(50);
  await page.evaluate(() => (window as unknown as KitWindow).voicemailKit.open('REdeleted'));
  await expect(page.getByRole('alert')).toHaveText(/^This voicemail is no longer here\./);
  await expect(page.getByRole('listitem')).toHaveCount(60);
  await expect(page.getByRole('group', { name: /^Player/ })).toHaveCount(0);
});

test('Call back, Text back, Add to contacts and Mark as played or new act on the caller', async ({
  page,
  openView,
}) => {
  await openView({ voicemails: [{ id: 'RE1', from: '+15125550101', played: false }] });
  const voicemail = row(page, '(512) 555-0101');
  await voicemail.getByRole('button', { name: 'Call back (512) 555-0101' }).click();
  await expect.poll(() => kitCalls(page, 'calls:dial')).toEqual([{ target: '+15125550101' }]);

  await voicemail.getByRole('button', { name: 'Text back (512) 555-0101' }).click();
  const kitState = () => page.evaluate(() => (window as unknown as KitWindow).voicemailKit.state());
  expect(await kitState()).toMatchObject({ view: 'messages', conversation: { remoteNumber: '+15125550101' } });

  await voicemail.getByRole('button', { name: 'Add (512) 555-0101 to contacts' }).click();
  expect(await kitState()).toMatchObject({
    view: 'contacts',
    newContact: { phones: [{ label: 'mobile', number: '(512) 555-0101' }] },
  });

  const badge = page.getByRole('navigation', { name: 'Main' });
  await expect(badge).toHaveText('Voicemail tab 1, 1 new voicemail');
  await voicemail.getByRole('button', { name: 'Mark the voicemail from (512) 555-0101 as played' }).click();
  await expect(voicemail).not.toContainText('New');
  await expect(badge).toHaveText('Voicemail tab');
  await voicemail.getByRole('button', { name: 'Mark the voicemail from (512) 555-0101 as new' }).click();
  await expect(voicemail).toContainText('New');
  await expect(badge).toHaveText('Voicemail tab 1, 1 new voicemail');
  expect(await kitCalls(page, 'voicemail:set-played')).toEqual([
    { id: 'RE1', played: true },
    { id: 'RE1', played: false },
  ]);
});

test('Delete asks first, says why when main refuses, and removes the voicemail once confirmed', async ({
  page,
  openView,
}) => {
  await openView({
    voicemails: [
      { id: 'RE1', from: '+15125550101' },
      { id: 'RE2', from: '+15125550102' },
    ],
    refuseRemove: ['RE2'],
  });
  const deleteButton = (caller: string) =>
    row(page, caller).getByRole('button', { name: `Delete the voicemail from ${caller}…` });
  const dialog = page.getByRole('dialog', { name: 'Delete this voicemail?' });

  await deleteButton('(512) 555-0101').click();
  await expect(dialog).toContainText('The voicemail from (512) 555-0101 is deleted on Twilio too');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(deleteButton('(512) 555-0101')).toBeFocused();
  expect(await kitCalls(page, 'voicemail:remove')).toEqual([]);

  await deleteButton('(512) 555-0102').click();
  await dialog.getByRole('button', { name: 'Delete voicemail' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'Twilio could not be reached, so nothing was deleted. Check the connection.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(row(page, '(512) 555-0102')).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await deleteButton('(512) 555-0101').click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Delete voicemail' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(page, '(512) 555-0101')).toHaveCount(0);
  await expect(page.getByRole('listitem')).toHaveCount(1);
  expect(await kitCalls(page, 'voicemail:remove')).toEqual([{ id: 'RE2' }, { id: 'RE1' }]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no serious accessibility problem in the ${theme} theme, player open`, async ({ page, openView }) => {
    await openView({
      theme,
      voicemails: [
        { id: 'RE1', from: '+15125550101', contactName: 'Alice Example', contactId: 'c1' },
        { id: 'RE2', from: '+15125550102', transcription: transcribed(null, 'transcribing'), played: true },
        { id: 'RE3', from: 'Anonymous', transcription: transcribed(null, 'failed') },
      ],
    });
    await row(page, 'Alice Example')
      .getByRole('button', { name: /^Listen/ })
      .click();
    await expect(page.getByRole('group', { name: /^Player/ }).getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`voicemail-${theme}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
