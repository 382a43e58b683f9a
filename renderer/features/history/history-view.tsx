import { useId } from 'react';
import { EmptyState } from '../../ui/empty-state';
import { HistoryIcon } from '../../ui/icons';
import { ViewHeading } from '../../ui/view-heading';

export function HistoryView() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <ViewHeading id={headingId}>History</ViewHeading>
      <EmptyState icon={<HistoryIcon />} title="No calls yet">
        <p>
          Every call you make, receive or miss will be listed here with its time and length, so you can call back with
          one click. Voicemail will show up here too.
        </p>
      </EmptyState>
    </section>
  );
}
