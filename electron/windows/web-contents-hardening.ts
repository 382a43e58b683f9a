import { shell, type WebContents } from 'electron';
import { externalUrlToOpen, isNavigationAllowed } from './navigation-guard';

/**
 * Applied to every WebContents the app creates (app 'web-contents-created'): no webviews, no
 * navigation or redirect away from app://dialtone, no new windows; web and mail links open in
 * the OS browser instead.
 */
export function hardenWebContents(contents: WebContents, openExternal = shell.openExternal): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const refuseForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseForeign);
  contents.on('will-frame-navigate', refuseForeign);
  contents.on('will-redirect', refuseForeign);
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external !== undefined) void openExternal(external);
    return { action: 'deny' };
  });
}
