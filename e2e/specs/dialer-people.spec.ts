import type { Page } from '@playwright/test';
import type { ContactDraft } from '../../shared/models/contact';
import { expectAccessibleInBothThemes } from '../support/axe';
import { invokeInPage } from '../support/call-page';
import { callPanel, signIn, test as labTest } from '../support/call-ui';
import { openApp } from '../support/open-app';
import { expect, test } from '../support/shell-test';

/*
 * The dialer knows your people: favourites and recent calls beside the keypad, called with one
 * click, and contacts suggested under the number field as you type (by name, by digits of their
 * numbers, by SIP address), chosen with the keyboard alone. Contacts are made through the contract.
 */

const numberField = (page: Page) => page.getByRole('combobox', { name: 'Number or SIP address' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Matching contacts' });
const favourites = (page: Page) => page.getByRole('region', { name: 'Favourites' });
const recents = (page: Page) => page.getByRole('region', { name: 'Recent calls' });

const contact = (name: string, fields: Partial<ContactDraft>): ContactDraft => ({
  name,
  organisation: '',
  phones: [],
  sipAddresses: [],
  emails: [],
  notes: '',
  favourite: false,
  ...fields,
});

async function addPeople(page: Page): Promise<void> {
  for (const draft of [
    contact('Ann Lee', { favourite: true, phones: [{ label: 'mobile', number: '(512) 555-0142' }] }),
    contact('Bob Stone', { phones: [{ label: 'work', number: '+1 512 555 0199' }] }),
    contact('Front Desk', { organisation: 'Initech', sipAddresses: ['sip:desk7@pbx.example.com'] }),
  ])
    await invokeInPage(page, 'contacts:save', { contact: draft });
}

test('typing suggests contacts by name, digits and SIP address; the keyboard chooses one', async ({
  page,
  shell,
  pageErrors,
}) => {
  await openApp(page, shell);
  await addPeople(page);
  await expect(favourites(page).getByRole('button', { name: 'Call Ann Lee' })).toBeVisible();

  // Letters: a name. Nothing is active until Down moves to an option.
  await numberField(page).pressSequentially('bo');
  await expect(suggestions(page).getByRole('option')).toHaveText([/Bob Stone/]);
  await expect(numberField(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(numberField(page)).not.toHaveAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowDown');
  const bob = suggestions(page).getByRole('option', { name: /Bob Stone/ });
  await expect(bob).toHaveAttribute('aria-selected', 'true');
  await expect(numberField(page)).toHaveAttribute('aria-activedescendant', (await bob.getAttribute('id')) ?? 'none');
  await page.keyboard.press('Enter');
  await expect(numberField(page)).toHaveValue('(512) 555-0199');
  await expect(suggestions(page)).toHaveCount(0);
  await expect(numberField(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText('Press Enter to call (512) 555-0199.')).toBeVisible();

  // Digits: any run of them in a number, however typed. Up wraps to the last option; Escape closes.
  await numberField(page).fill('');
  await numberField(page).pressSequentially('555 01');
  await expect(suggestions(page).getByRole('option')).toHaveText([/Ann Lee/, /Bob Stone/]);
  await page.keyboard.press('ArrowUp');
  await expect(suggestions(page).getByRole('option', { name: /Bob Stone/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(suggestions(page)).toHaveCount(0);
  await expect(numberField(page)).toHaveValue('(555) 01');

  // A SIP address, typed with its scheme; a click chooses too.
  await numberField(page).fill('sip:desk7@pbx');
  await suggestions(page)
    .getByRole('option', { name: /Front Desk/ })
    .click();
  await expect(numberField(page)).toHaveValue('desk7@pbx.example.com');
  await expect(numberField(page)).toBeFocused();

  // A vanity number no contact has stays a number to call.
  await numberField(page).fill('');
  await numberField(page).pressSequentially('1-800-FLOWERS');
  await expect(page.getByText(/^Press Enter to call/)).toBeVisible();
  await expect(suggestions(page)).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('the dialer with favourites, recents and open suggestions has no serious accessibility problems', async ({
  page,
  shell,
}) => {
  await openApp(page, shell);
  await addPeople(page);
  await expect(favourites(page).getByRole('button', { name: 'Call Ann Lee' })).toBeVisible();
  await numberField(page).pressSequentially('555 01');
  await expect(suggestions(page).getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions(page).getByRole('option', { name: /Ann Lee/ })).toHaveAttribute('aria-selected', 'true');
  await expectAccessibleInBothThemes(page, 'dialer with suggestions');
});

labTest.describe.configure({ timeout: 60_000 });

labTest('a favourite and a recent call are each called with one click', async ({ page, shell, lab }) => {
  await signIn(page, shell, lab);
  await invokeInPage(page, 'contacts:save', {
    contact: contact('Bob Builder', { favourite: true, sipAddresses: [`sip:bob@${lab.kamailio.domain}`] }),
  });
  await favourites(page).getByRole('button', { name: 'Call Bob Builder' }).click();
  const panel = callPanel(page);
  await expect(panel.state).toHaveText('Connected', { timeout: 10_000 });
  await panel.button('Hang up').click();
  await expect(panel.button('Hang up')).toHaveCount(0);

  // The call is now the newest recent one, under the contact's name; unstarring leaves it there.
  const recent = recents(page).getByRole('button', { name: 'Call Bob Builder' });
  await expect(recent).toBeVisible();
  await favourites(page).getByRole('button', { name: 'Favourite: Bob Builder' }).click();
  await expect(favourites(page).getByRole('button', { name: 'Call Bob Builder' })).toHaveCount(0);
  await expect(recents(page).getByRole('button', { name: 'Favourite: Bob Builder' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await recent.click();
  await expect(panel.state).toHaveText('Connected', { timeout: 10_000 });
  await panel.button('Hang up').click();
  await expect(panel.button('Hang up')).toHaveCount(0);

  // Everything at once, for axe and a look: a favourite, the recent call and open suggestions.
  await recents(page).getByRole('button', { name: 'Favourite: Bob Builder' }).click();
  await expect(favourites(page).getByRole('button', { name: 'Call Bob Builder' })).toBeVisible();
  await numberField(page).pressSequentially('bob');
  await expect(suggestions(page).getByRole('option')).toHaveText([/Bob Builder/]);
  await page.keyboard.press('ArrowDown');
  await expectAccessibleInBothThemes(page, 'dialer with favourites, recents and suggestions');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.screenshot({ path: labTest.info().outputPath(`dialer-${scheme}.png`) });
  }
});
