import './count-badge.css';

/** A count on a tab (missed calls, voicemail, messages): the digits for the eye, `spoken` for screen readers. */
export function CountBadge({ count, spoken }: { count: number; spoken: string }) {
  if (count === 0) return null;
  return (
    <span className="count-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">, {spoken}</span>
    </span>
  );
}
