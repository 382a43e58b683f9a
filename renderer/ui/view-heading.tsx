import type { ReactNode } from 'react';

/** A view's h1; focusable by script only, so navigation can move focus here for screen readers. */
export function ViewHeading({ id, children }: { id: string; children: ReactNode }) {
  return (
    <h1 id={id} className="view-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
