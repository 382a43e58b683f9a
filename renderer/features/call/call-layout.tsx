import type { ReactNode } from 'react';
import { CallAnnouncer } from './call-announcer';
import { CallPanel } from './call-panel';

/** The current view with the in-call screen beside it while there is a call. */
export function CallLayout({ children }: { children: ReactNode }) {
  return (
    <div className="call-layout">
      {children}
      <CallPanel />
      <CallAnnouncer />
    </div>
  );
}
