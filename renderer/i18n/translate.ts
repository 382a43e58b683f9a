import { activeIntl } from './active-intl';
import type { MessageId } from './locale-messages';
import type { MessageValues } from './message-values';

/** For text made outside components; a component uses useT() so that it follows a change of language. */
export function translate(id: MessageId, values?: MessageValues): string {
  return activeIntl().formatMessage({ id }, values);
}
