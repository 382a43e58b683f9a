import { useRef, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { withheldCallers } from '../../../shared/models/call-handling-names';
import type { Translate } from '../../i18n/message-values';
import { useT } from '../../i18n/use-t';
import { BlockCallerDialog } from './block-caller-dialog';
import { isBlockedNow, type BlockChange, type CallerBlock } from './caller-block';
import { BlockIcon } from './call-handling-icons';
import './block-caller.css';

interface Look {
  label: string;
  /** The action's text, or why there is none. */
  hint: string;
  change: BlockChange | null;
}

function lookOf(block: CallerBlock, who: string, t: Translate): Look {
  switch (block.kind) {
    case 'blockable':
      return {
        label: t('callHandling.blockWho', { who }),
        hint:
          block.entry === withheldCallers
            ? t('callHandling.blockHintWithheld')
            : t('callHandling.blockHint', { caller: block.label }),
        change: { action: 'block', entries: [block.entry] },
      };
    case 'blocked':
      return {
        label: t('callHandling.unblockWho', { who }),
        hint:
          block.entry === withheldCallers
            ? t('callHandling.blockedHintWithheld')
            : t('callHandling.blockedHintNumber', { caller: block.label }),
        change: { action: 'unblock', entries: [block.entry] },
      };
    case 'blocked-by-prefix':
      return { label: t('callHandling.unblockWho', { who }), hint: block.reason, change: null };
    case 'list-full':
      return { label: t('callHandling.blockWho', { who }), hint: block.reason, change: null };
    case 'not-blockable':
      return { label: t('callHandling.blockWho', { who }), hint: block.reason, change: null };
    default:
      return assertNever(block);
  }
}

interface BlockCallerButtonProps {
  /** From useCallerBlock: the button is absent when null (no Twilio line). */
  block: CallerBlock | null;
  /** Who the caller is, as the row shows them: the button's name says "Block Ada Lovelace". */
  who: string;
  /** An icon in a row of actions, or a button with words. */
  variant: 'icon' | 'text';
}

/**
 * Block or Unblock, with a confirmation; when the caller cannot be blocked (no number, blocked by a prefix,
 * the list full) the button stays, unavailable, and says why.
 */
export function BlockCallerButton({ block, who, variant }: BlockCallerButtonProps) {
  const [confirming, setConfirming] = useState<BlockChange | null>(null);
  const ref = useRef<HTMLButtonElement>(null);
  const t = useT();
  if (block === null) return null;
  const look = lookOf(block, who, t);
  const isBlocked = isBlockedNow(block);
  const classes =
    variant === 'icon'
      ? ['icon-button', 'block-caller', isBlocked ? 'block-caller--blocked' : '']
      : ['secondary-button', 'secondary-button--small', 'block-caller', isBlocked ? '' : 'secondary-button--danger'];

  return (
    <>
      <button
        ref={ref}
        type="button"
        className={classes.filter(Boolean).join(' ')}
        aria-label={look.label}
        aria-disabled={look.change === null || undefined}
        title={look.hint}
        onClick={() => look.change && setConfirming(look.change)}
      >
        {variant === 'icon' ? <BlockIcon /> : t(isBlocked ? 'callHandling.unblockButton' : 'callHandling.blockButton')}
      </button>
      {confirming && (
        <BlockCallerDialog change={confirming} onClose={() => setConfirming(null)} fallbackFocus={() => ref.current} />
      )}
    </>
  );
}

/** The pause a screen reader makes between a name and its mark: punctuation, the same in every language. */
const spokenPause = ', ';

/** "Blocked" beside a caller's name, for callers Twilio turns away now. */
export function BlockedMark() {
  const t = useT();
  return (
    <span className="blocked-mark">
      <span className="visually-hidden">{spokenPause}</span>
      {t('callHandling.blockedMark')}
    </span>
  );
}
