import { useEffect, useState } from 'react';
import type { Message } from '../../../shared/models/messages';
import { useT } from '../../i18n/use-t';
import { selectors, useMessagesStore, type PictureState } from '../../stores/messages/messages.store';

type Media = Message['media'][number];

interface PictureViewProps {
  media: Media;
  senderName: string;
  /** undefined until it is asked for. */
  picture: PictureState | undefined;
}

/** A picture once its URL is here; on the way, it says so; anything else, why it is not shown. */
export function PictureView({ media, senderName, picture }: PictureViewProps) {
  const t = useT();
  const [broken, setBroken] = useState(false);
  if (!media.contentType.startsWith('image/')) {
    return (
      <p className="message-picture message-picture--note">
        {t('messages.attachmentNotShown', { contentType: media.contentType })}
      </p>
    );
  }
  if (picture?.status === 'failed') return <p className="message-picture message-picture--note">{picture.message}</p>;
  if (broken) {
    return <p className="message-picture message-picture--note">{t('messages.pictureBroken')}</p>;
  }
  if (picture?.status !== 'ready') {
    return (
      <p className="message-picture message-picture--loading">{t('messages.pictureLoading', { name: senderName })}</p>
    );
  }
  return (
    <img
      className="message-picture"
      src={picture.url}
      alt={t('messages.pictureAlt', { name: senderName })}
      onError={() => setBroken(true)}
    />
  );
}

/** A received MMS picture, fetched through main (which holds the Twilio credentials) when it is shown. */
export function MessagePicture({ media, senderName }: Omit<PictureViewProps, 'picture'>) {
  const isPicture = media.contentType.startsWith('image/');
  const picture = useMessagesStore(selectors.picture(media.id));

  useEffect(() => {
    if (isPicture) useMessagesStore.getState().showPicture(media.id);
  }, [isPicture, media.id]);

  return <PictureView media={media} senderName={senderName} picture={picture} />;
}
