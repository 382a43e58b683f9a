import { isAppUrl } from './app-url';

const externalSchemes = new Set(['http:', 'https:', 'mailto:']);

/** A window may only ever show our own pages; anything else would run with our preload. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * What window.open or a target=_blank link may hand to the OS: only web and mail links, so a
 * compromised page cannot launch file:, smb: or custom-protocol handlers. Undefined means ignore.
 */
export function externalUrlToOpen(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!externalSchemes.has(parsed.protocol)) return undefined;
  if (parsed.protocol !== 'mailto:' && (parsed.username !== '' || parsed.password !== '')) return undefined;
  return parsed.href;
}
