import { useEffect } from 'react';
import { selectors, useAppInfoStore } from '../../stores/app-info/app-info.store';

/**
 * In the browser shell, a system notification for a ringing call while the window is hidden
 * (minimised, another desktop), closed once the call stops ringing or the window shows. Clicking it
 * brings Dialtone up. Silent: the ringer already rings. The desktop app's main process raises its
 * own instead (see selectors.pageRaisesNotifications).
 */
export function useIncomingNotification(callId: string, title: string, body: string): void {
  const enabled = useAppInfoStore(selectors.pageRaisesNotifications);
  useEffect(() => {
    if (!enabled || typeof Notification === 'undefined') return;
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
  }, [enabled, callId, title, body]);
}
