import { useT } from '../i18n/use-t';
import './count-badge.css';

interface CountBadgeProps {
  count: number;
  /** The count in words, for screen readers: "3 unread messages". */
  spoken: string;
  /** Where it sits and its colours, when not on a tab. */
  className?: string;
}

/** A count on a tab (missed calls, voicemail, messages) or a row: the digits for the eye, `spoken` for screen readers. */
export function CountBadge({ count, spoken, className }: CountBadgeProps) {
  const t = useT();
  if (count === 0) return null;
  return (
    <span className={className ? `count-badge ${className}` : 'count-badge'}>
      <span aria-hidden="true">{count > 99 ? t('ui.countCapped', { max: 99 }) : count}</span>
      <span className="visually-hidden">
        {t('common.pause')}
        {spoken}
      </span>
    </span>
  );
}
