import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { formatDuration } from './call-text';

/** Time since the call was answered, ticking every second. */
export function CallTimer({ since }: { since: number }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const text = formatDuration(now - since);
  return (
    <span className="call-timer" role="timer" aria-label={t('call.callLength', { time: text })}>
      {text}
    </span>
  );
}
