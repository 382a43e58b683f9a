import type { InboxMedia } from '../../../shared/models/inbox';
import { invoke } from '../../ipc/bridge';
import { blobOfBase64 } from '../media-blob';
import type { MessagesSliceCreator } from './messages-store-types';
import { translate } from '../../i18n/translate';

/** A received MMS picture: fetched from main on first view, shown from a blob: URL. */
export type PictureState =
  { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

export interface MessagePicturesState {
  /** By media id. */
  pictures: Record<string, PictureState>;
}

export interface MessagePicturesActions {
  /** A picture came into view: fetches it unless it is here already. */
  showPicture(mediaId: string): void;
  /** Lets go of every picture's URL (another conversation opened, or the view closed). */
  releasePictures(): void;
}

export type MessagePicturesSlice = MessagePicturesState & MessagePicturesActions;

export const initialMessagePicturesState: MessagePicturesState = { pictures: {} };

/** The bytes main sent, as a URL an <img> can show; null for anything but a picture, or bytes that are not base64. */
function pictureUrl(media: InboxMedia): string | null {
  const blob = media.contentType.startsWith('image/') ? blobOfBase64(media.base64, media.contentType) : null;
  return blob ? URL.createObjectURL(blob) : null;
}

export const createMessagePicturesSlice: MessagesSliceCreator<MessagePicturesSlice> = (set, get) => {
  /** Grows on every release: a picture arriving afterwards is for a thread no longer shown. */
  let generation = 0;

  const setPicture = (id: string, picture: PictureState) =>
    set((state) => ({ pictures: { ...state.pictures, [id]: picture } }));

  return {
    ...initialMessagePicturesState,

    showPicture(mediaId) {
      if (get().pictures[mediaId]) return;
      const asked = generation;
      setPicture(mediaId, { status: 'loading' });
      void invoke('messages:get-media', { id: mediaId }).then((result) => {
        if (asked !== generation) return;
        if (!result.ok) return setPicture(mediaId, { status: 'failed', message: result.error.message });
        const url = pictureUrl(result.value);
        setPicture(
          mediaId,
          url === null
            ? { status: 'failed', message: translate('common.attachmentNotPicture') }
            : { status: 'ready', url },
        );
      });
    },

    releasePictures() {
      generation++;
      for (const picture of Object.values(get().pictures)) {
        if (picture.status === 'ready') URL.revokeObjectURL(picture.url);
      }
      set({ pictures: {} });
    },
  };
};
