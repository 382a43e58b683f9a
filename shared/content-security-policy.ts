/**
 * The renderer's Content-Security-Policy, sent as a header on every response by both shells
 * (the Electron app:// protocol handler and the browser shell's HTTP server).
 * media-src allows blob: and mediastream: for call audio and voicemail, img-src blob: for received MMS
 * pictures (main downloads them, the renderer shows the bytes); nothing may load from the network.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
