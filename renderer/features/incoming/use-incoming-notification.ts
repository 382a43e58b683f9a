import { useEffect } from 'react';

/**
 * A system notification for a ringing call while the window is hidden (minimised, another
 * desktop), closed once the call stops ringing or the window shows. Clicking it brings Dialtone up.
 * Silent: the ringer already rings.
 */
export function useIncomingNotification(callId: string, title: string, body: string): void {
  useEffect(() => {
    if (typeof Notification === 'undefined') return;
    let notification: Notification | undefined;
    const update = () => {
      if (document.visibilityState === 'hidden') {
        if (notification || Notification.permission !== 'granted') return;
        notification = new Notification(title, {
          body,
          tag: `incoming-${callId}`,
          requireInteraction: true,
          silent: true,
        });
        notification.onclick = () => {
          window.focus();
          notification?.close();
        };
      } else {
        notification?.close();
        notification = undefined;
      }
    };
    update();
    document.addEventListener('visibilitychange', update);
    return () => {
      document.removeEventListener('visibilitychange', update);
      notification?.close();
    };
  }, [callId, title, body]);
}
