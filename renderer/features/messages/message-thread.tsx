import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import type { Message } from '../../../shared/models/messages';
import { useT } from '../../i18n/use-t';
import { selectors, useMessagesStore } from '../../stores/messages/messages.store';
import { MessageBubble } from './message-bubble';
import { dayStartText, isNotDelivered } from './messages-text';
import './message-thread.css';

/** Guesses are asked for every row not drawn yet, again after each page: worked out once per message. */
const estimates = new WeakMap<Message, number>();

/**
 * A first guess of a row's height from its text (about 60 characters a line), pictures and advice;
 * each row is measured once drawn. Close guesses keep the scrollbar and the first scroll steady.
 */
function estimatedHeight(message: Message): number {
  const known = estimates.get(message);
  if (known !== undefined) return known;
  const lines = message.body.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 60)), 0);
  const advice = isNotDelivered(message) ? 110 : 0;
  const estimate = 46 + lines * 22 + message.media.length * 200 + advice;
  estimates.set(message, estimate);
  return estimate;
}

/** Within this many pixels of the bottom, the newest message counts as in view. */
const pinnedWithin = 80;
/** Older messages load when scrolling comes this close (in pixels) to the top. */
const loadOlderWithin = 600;

interface MessageThreadProps {
  /** The scrolling region's accessible name ("Conversation with Alice"). */
  label: string;
  senderName: string;
}

/**
 * The open conversation, oldest at the top, opening at the newest message. Only the bubbles in view
 * are drawn (a thread of 10,000 opens and scrolls like one of ten); scrolling near the top loads the
 * page before, which appears above without moving what is being read; a new message scrolls into
 * view when the newest one was in view, or when the person sent it.
 */
export function MessageThread({ label, senderName }: MessageThreadProps) {
  const t = useT();
  const intl = useIntl();
  const thread = useMessagesStore(selectors.thread);
  const hasOlder = useMessagesStore(selectors.threadHasOlder);
  const loadingOlder = useMessagesStore(selectors.loadingOlder);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const now = new Date();

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count: thread.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (thread[index] ? estimatedHeight(thread[index]) : 68),
    getItemKey: (index) => thread[index]?.id ?? index,
    // Starts at the newest message: the oldest are never drawn just to be scrolled past.
    initialOffset: () => Number.MAX_SAFE_INTEGER,
    anchorTo: 'end',
    followOnAppend: true,
    scrollEndThreshold: pinnedWithin,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();

  const newest = thread.at(-1);
  const newestShown = useRef(newest?.id);

  useLayoutEffect(() => {
    virtualizer.scrollToEnd();
  }, [virtualizer]);

  useLayoutEffect(() => {
    if (!newest || newest.id === newestShown.current) return;
    newestShown.current = newest.id;
    // What the person just sent shows even when they had scrolled up to read.
    if (newest.direction === 'outgoing') virtualizer.scrollToEnd();
  }, [newest, virtualizer]);

  // The pane shrinks when the composer grows or shows a problem: the newest message stays in view.
  const atEnd = useRef(true);
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (atEnd.current) virtualizer.scrollToEnd();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [virtualizer]);

  function onScroll() {
    const element = scrollRef.current;
    if (!element) return;
    atEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight < pinnedWithin;
    if (element.scrollTop < loadOlderWithin && hasOlder && !loadingOlder) void useMessagesStore.getState().loadOlder();
  }

  return (
    <div ref={scrollRef} className="message-thread" role="region" aria-label={label} tabIndex={0} onScroll={onScroll}>
      {loadingOlder && (
        <div className="message-thread__older">
          <p role="status">{t('messages.loadingOlderMessages')}</p>
        </div>
      )}
      <div role="list" className="message-thread__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const message = thread[row.index];
          if (!message) return null;
          const day = dayStartText(message.at, thread[row.index - 1]?.at ?? null, now, intl);
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              aria-posinset={row.index + 1}
              aria-setsize={thread.length}
              className={`message-thread__row message-thread__row--${message.direction}`}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {day && <p className="message-thread__day">{day}</p>}
              <MessageBubble message={message} senderName={senderName} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
