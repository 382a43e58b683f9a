import { useEffect } from 'react';
import { assertNever } from '../../../shared/assert-never';
import type { AppUpdateState } from '../../../shared/models/app-update';
import { useT } from '../../i18n/use-t';
import type { Translate } from '../../i18n/message-values';
import { selectors as appUpdateSelectors, useAppUpdateStore } from '../../stores/app-update/app-update.store';
import { selectors as callsSelectors, useCallsStore } from '../../stores/calls/calls.store';

function statusText(update: AppUpdateState, t: Translate): string | null {
  switch (update.status) {
    case 'unsupported':
      return t(update.reason === 'browser-shell' ? 'settings.updateBrowserShell' : 'settings.updateNotInstalled');
    case 'idle':
      return update.checkedAt === null ? null : t('settings.updateUpToDate');
    case 'checking':
      return t('settings.updateChecking');
    case 'downloading':
      return t('settings.updateDownloading', { version: update.version, done: update.percent / 100 });
    case 'ready':
      return t('settings.updateReady', { version: update.version });
    case 'failed':
      return t('settings.updateFailed', { reason: update.reason });
    default:
      return assertNever(update);
  }
}

/** Under the version: how the self-update stands, and "Restart to update" once one is ready, never during a call. */
export function UpdateLine() {
  const t = useT();
  const update = useAppUpdateStore(appUpdateSelectors.update);
  const restarting = useAppUpdateStore(appUpdateSelectors.restarting);
  const restartError = useAppUpdateStore(appUpdateSelectors.restartError);
  const load = useAppUpdateStore((state) => state.load);
  const restart = useAppUpdateStore((state) => state.restart);
  const callUp = useCallsStore((state) => callsSelectors.active(state).length > 0);
  useEffect(() => void load(), [load]);

  const text = update && statusText(update, t);
  if (!update || !text || callUp) return null;
  return (
    <div className="settings-view__update">
      <p className="settings-view__update-text" role="status">
        {text}
      </p>
      {update.status === 'ready' && (
        <button type="button" className="secondary-button" disabled={restarting} onClick={() => void restart()}>
          {t(restarting ? 'settings.updateRestarting' : 'settings.updateRestart')}
        </button>
      )}
      {restartError && <p className="settings-field__problem">{restartError}</p>}
    </div>
  );
}
