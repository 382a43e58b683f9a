import type { PrimitiveType } from 'react-intl';
import type { MessageId } from './locale-messages';

export type MessageValues = Readonly<Record<string, PrimitiveType>>;
export type Translate = (id: MessageId, values?: MessageValues) => string;
