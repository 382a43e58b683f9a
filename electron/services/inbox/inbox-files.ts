import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InboxMedia } from '../../../shared/models/inbox';

export type InboxFileKind = 'voicemail' | 'picture';

type SavedContentType = InboxMedia['contentType'];
const extensions: Record<SavedContentType, string> = {
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** Twilio sids only: a name from the network never becomes a path of its choosing. */
const safeSid = /^[A-Z]{2}[0-9a-f]{32}$/i;

/**
 * Voicemail audio and message pictures in the data folder (inbox/voicemail, inbox/pictures), so
 * they play and show offline. Files are named by their Twilio sid; the database keeps the name.
 */
export function createInboxFiles(dataDir: string) {
  const folders: Record<InboxFileKind, string> = {
    voicemail: join(dataDir, 'inbox', 'voicemail'),
    picture: join(dataDir, 'inbox', 'pictures'),
  };
  const pathOf = (kind: InboxFileKind, file: string) => {
    if (!/^[A-Za-z0-9]+\.[a-z0-9]+$/.test(file)) throw new Error('Not an inbox file name');
    return join(folders[kind], file);
  };

  return {
    /** Writes the bytes (whole or not at all: a temporary file renamed) and returns the file's name. */
    async save(kind: InboxFileKind, sid: string, contentType: SavedContentType, bytes: Uint8Array): Promise<string> {
      if (!safeSid.test(sid)) throw new Error('Not a Twilio sid');
      const file = `${sid}.${extensions[contentType]}`;
      await mkdir(folders[kind], { recursive: true });
      const target = pathOf(kind, file);
      const partial = `${target}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, target);
      return file;
    },
    async read(kind: InboxFileKind, file: string, contentType: SavedContentType): Promise<InboxMedia> {
      const bytes = await readFile(pathOf(kind, file));
      return { contentType, base64: bytes.toString('base64') };
    },
    async remove(kind: InboxFileKind, file: string): Promise<void> {
      await rm(pathOf(kind, file), { force: true });
    },
  };
}

export type InboxFiles = ReturnType<typeof createInboxFiles>;
