import type { Session } from 'electron';
import { isAppUrl } from './app-url';
import { isHidAllowedFor } from './hid-permission';

export interface PermissionAsk {
  permission: string;
  requestingUrl: string | undefined;
  isMainFrame: boolean;
  /** For 'media': what is asked for; anything but audio (the microphone) is refused. */
  mediaTypes: readonly string[];
}

/** Only our own page may use the microphone and show notifications; nothing else, ever. */
export function isPermissionAllowed(ask: PermissionAsk): boolean {
  if (ask.requestingUrl === undefined || !isAppUrl(ask.requestingUrl) || !ask.isMainFrame) return false;
  if (ask.permission === 'notifications') return true;
  if (ask.permission === 'media') {
    return ask.mediaTypes.length > 0 && ask.mediaTypes.every((type) => type === 'audio');
  }
  return false;
}

export function restrictPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(
      isPermissionAllowed({
        permission,
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        mediaTypes,
      }),
    );
  });
  session.setPermissionCheckHandler((_contents, permission, origin, details) =>
    permission === 'hid'
      ? isHidAllowedFor(origin)
      : isPermissionAllowed({
          permission,
          requestingUrl: details.requestingUrl,
          isMainFrame: details.isMainFrame,
          mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
        }),
  );
}
