import { describe, expect, it } from 'vitest';
import { blobOfBase64 } from './media-blob';

describe('blobOfBase64', () => {
  it('gives the bytes back as a Blob of the type main named', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    const blob = blobOfBase64(btoa(String.fromCharCode(...bytes)), 'image/png');
    expect(blob?.type).toBe('image/png');
    expect(new Uint8Array(await blob!.arrayBuffer())).toEqual(bytes);
  });

  it('is null for text that is not base64, and for no bytes at all', () => {
    expect(blobOfBase64('%%not base64%%', 'audio/mpeg')).toBeNull();
    expect(blobOfBase64('', 'image/png')).toBeNull();
  });
});
