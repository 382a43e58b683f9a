import { useRef, useState } from 'react';
import { assertNever } from '../../../shared/assert-never';
import { withheldCallers } from '../../../shared/models/call-handling-names';
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

function lookOf(block: CallerBlock, who: string): Look {
  switch (block.kind) {
    case 'blockable':
      return {
        label: `Block ${who}`,
        hint: `Block ${block.entry === withheldCallers ? 'withheld numbers' : block.label}: Twilio rejects their calls`,
        change: { action: 'block', entries: [block.entry] },
      };
    case 'blocked':
      return {
        label: `Unblock ${who}`,
        hint: `${block.entry === withheldCallers ? 'Withheld numbers are' : `${block.label} is`} blocked. Unblock to let their calls through again`,
        change: { action: 'unblock', entries: [block.entry] },
      };
    case 'blocked-by-prefix':
      return { label: `Unblock ${who}`, hint: block.reason, change: null };
    case 'list-full':
      return { label: `Block ${who}`, hint: block.reason, change: null };
    case 'not-blockable':
      return { label: `Block ${who}`, hint: block.reason, change: null };
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
  if (block === null) return null;
  const look = lookOf(block, who);
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
        {variant === 'icon' ? <BlockIcon /> : isBlocked ? 'Unblock…' : 'Block…'}
      </button>
      {confirming && (
        <BlockCallerDialog change={confirming} onClose={() => setConfirming(null)} fallbackFocus={() => ref.current} />
      )}
    </>
  );
}

/** "Blocked" beside a caller's name, for callers Twilio turns away now. */
export function BlockedMark() {
  return (
    <span className="blocked-mark">
      <span className="visually-hidden">, </span>Blocked
    </span>
  );
}
