import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { selectors, useAppInfoStore } from '../../stores/app-info/app-info.store';

type Permission = NotificationPermission | 'unsupported';

/** Once per run at most: "Not now" is respected until Dialtone restarts. */
let dismissed = false;

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Asks for notification permission from inside the banner, on a click, instead of a prompt out of
 * nowhere at start: by then the person knows what the notifications would be for.
 */
export function NotificationPermissionPrompt() {
  const t = useT();
  const [permission, setPermission] = useState<Permission>(currentPermission);
  const [hidden, setHidden] = useState(dismissed);
  const pageNotifies = useAppInfoStore(selectors.pageRaisesNotifications);
  if (!pageNotifies || permission !== 'default' || hidden) return null;

  async function ask() {
    setPermission(await Notification.requestPermission());
  }

  function notNow() {
    dismissed = true;
    setHidden(true);
  }

  return (
    <div className="incoming-banner__permission">
      <p>{t('incoming.notificationsQuestion')}</p>
      <button type="button" className="incoming-banner__small-button" onClick={() => void ask()}>
        {t('incoming.notificationsTurnOn')}
      </button>
      <button type="button" className="incoming-banner__small-button" onClick={notNow}>
        {t('incoming.notificationsNotNow')}
      </button>
    </div>
  );
}
