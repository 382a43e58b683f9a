/** Where the renderer lives in the Electron shell: a privileged custom scheme, never file://. */
export const appScheme = 'app';
export const appHost = 'dialtone';
const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True only for URLs on our own origin; the trailing slash keeps app://dialtone.evil out. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${appOrigin}/`);
}
