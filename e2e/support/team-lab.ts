import { createRequire } from 'node:module';
import type { Browser, Page } from '@playwright/test';
import { capturePeerConnections, invokeInPage, recordCallEvents } from './call-page';
import type { ShellProcess } from './shell-process';
import { expect } from './shell-test';
import type { TwilioLab } from './twilio-lab';

/*
 * A team on one line, in the lab: the owner's Dialtone adds people and invites them, other Dialtone backends (each
 * its own browser shell and data folder) join by invitation, and the lab Kamailio routes extensions as Twilio's
 * routing Functions would, from the same variables.
 */

interface TeamRules {
  readTeam(context: Record<string, string>): { members: { username: string; extension: string | null }[] };
}
const teamRules = createRequire(import.meta.url)(
  '../../assets/twilio-functions/functions/team-rules.private.js',
) as TeamRules;

/**
 * At Twilio the outbound Function maps a dialled extension to its member (team-rules.private.js reading the
 * DIALTONE_TEAM_ variables Dialtone set). Here Kamailio stands in for the SIP domain: the same module reads the
 * variables the double holds, and each extension becomes a Kamailio alias of its member's username.
 */
export function routeExtensionsLikeTwilio(twilio: TwilioLab): Record<string, string> {
  const variables = Object.fromEntries(twilio.double.state().variables.map(({ key, value }) => [key, value]));
  const aliases = Object.fromEntries(
    teamRules
      .readTeam(variables)
      .members.flatMap(({ username, extension }) => (extension === null ? [] : [[extension, username]])),
  );
  twilio.kamailio.setAliases(aliases);
  return aliases;
}

const teamSection = (page: Page) => page.getByRole('region', { name: 'Team' });

/** Settings, Team: adds a person by name and extension (no number). */
export async function addPersonWithExtension(
  page: Page,
  person: { name: string; username: string; extension: string },
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  const form = teamSection(page).getByRole('form', { name: 'Add a person' });
  await form.getByRole('radio', { name: 'By name and extension, without a number' }).check();
  await form.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
  await form.getByRole('textbox', { name: 'Username' }).fill(person.username);
  await form.getByRole('textbox', { name: /Extension/ }).fill(person.extension);
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(teamSection(page).getByRole('list', { name: 'People on your line' })).toContainText(
    `${person.username} · extension ${person.extension}`,
  );
}

/** Settings, Team: the person's invitation sealed with `passphrase`, as the code the dialog shows. */
export async function invitationCode(page: Page, name: string, passphrase: string): Promise<string> {
  await teamSection(page)
    .getByRole('button', { name: `Invite ${name}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Invite ${name}` });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Ada');
  await dialog.getByRole('textbox', { name: 'Passphrase' }).fill(passphrase);
  await dialog.getByRole('button', { name: 'Create invitation' }).click();
  const code = dialog.getByRole('textbox', { name: 'Invitation code' });
  await expect(code).toHaveValue(/^dialtone-invite:1:/, { timeout: 15_000 });
  const value = await code.inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();
  return value;
}

export interface Device {
  page: Page;
  /** Errors the page logged or threw. */
  errors: string[];
  close(): Promise<void>;
}

/** Another computer: a page of its own browser context on `shell`, keeping its peer connections and its errors. */
export async function openDevice(browser: Browser, shell: ShellProcess): Promise<Device> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await capturePeerConnections(page);
  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Dialtone' })).toBeVisible();
  return { page, errors, close: () => context.close() };
}

/** The wizard's "I was invited" path on a first start: the line is imported, registers, and the dialer opens. */
export async function joinByInvitation(page: Page, code: string, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'I was invited' }).click();
  await page.getByLabel('Invitation code').fill(code);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('heading', { name: 'Your phone line is ready' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('registration-status')).toHaveText('Ready', { timeout: 15_000 });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dialer' })).toBeVisible();
  await readyForTones(page);
}

/** Records call events and turns off echo cancellation, noise suppression and gain control. */
export async function readyForTones(page: Page): Promise<void> {
  await recordCallEvents(page);
  await invokeInPage(page, 'settings:update', {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });
}

/** Types `what` in the dialer and presses Call; an extension (2 to 5 digits) is said to be one first. */
export async function dialFromDialer(page: Page, what: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Dialer' }).click();
  await page.getByLabel('Number or SIP address').fill(what);
  const call = page.getByRole('button', { name: 'Call', exact: true });
  if (/^\d{2,5}$/.test(what)) await expect(call).toHaveAccessibleDescription(`Press Enter to call extension ${what}.`);
  await call.click();
}
