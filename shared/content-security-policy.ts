/**
 * The renderer's Content-Security-Policy, sent as a header on every response by both shells
 * (the Electron app:// protocol handler and the browser shell's HTTP server).
 * media-src allows blob: and mediastream: for call audio; nothing may load from the network.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
