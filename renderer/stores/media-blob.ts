/** A recording's bytes for a player, or why they could not be had, in main's words. */
export type RecordingAudio = { ok: true; blob: Blob } | { ok: false; message: string };

/**
 * Bytes main sent as base64 (a voicemail's recording, a received picture) as a Blob of their type, for
 * a blob: URL; null when the text is empty or not base64.
 */
export function blobOfBase64(base64: string, contentType: string): Blob | null {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    return null;
  }
  if (binary.length === 0) return null;
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: contentType });
}
