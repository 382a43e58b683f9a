import { useId } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { ContactsIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';

export function ContactsView() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>Contacts</ViewHeading>
      <EmptyState icon={<ContactsIcon />} title="No contacts yet">
        <p>
          Your contacts will appear here. You'll be able to import them from a vCard or CSV file, search by name or any
          part of a number, and call with one click.
        </p>
      </EmptyState>
    </section>
  );
}
