import { useId } from 'react';
import { selectors, useAccountsStore } from '../../stores/accounts/accounts.store';
import { EmptyState } from '../../ui/empty-state';
import { KeypadIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';

export function DialerView() {
  const headingId = useId();
  const hasNoAccount = useAccountsStore(selectors.hasNoAccount);
  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>Dialer</ViewHeading>
      <EmptyState icon={<KeypadIcon />} title="The keypad will be here">
        <p>
          Type or paste a number in any format, or pick a contact, and call it with one click. During a call you'll be
          able to mute, hold and send keypad tones.
        </p>
        {hasNoAccount && <p>You don't have a phone line yet. Once one is set up, calls go out on it from here.</p>}
      </EmptyState>
    </section>
  );
}
