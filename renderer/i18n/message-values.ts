import type { IntlShape, PrimitiveType } from 'react-intl';
import type { MessageId } from './locale-messages';

export type MessageValues = Readonly<Record<string, PrimitiveType>>;
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** The Translate of one locale's messages. */
export function translatorOf(intl: IntlShape): Translate {
  return (id, values) => intl.formatMessage({ id }, values);
}
