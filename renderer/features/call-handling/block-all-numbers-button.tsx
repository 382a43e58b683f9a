import { useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { BlockCallerDialog } from './block-caller-dialog';
import { allNumbersChange, applyBlockChange, type BlockChange } from './caller-block';
import { useBlockedCallers } from './use-block-callers';
import './block-caller.css';

/** "Block all numbers…" (or "Unblock all numbers…") for a contact with several; absent without a Twilio line. */
export function BlockAllNumbersButton({ numbers, owner }: { numbers: readonly string[]; owner: string }) {
  const { available, blocked, country } = useBlockedCallers();
  const [confirming, setConfirming] = useState<BlockChange | null>(null);
  const ref = useRef<HTMLButtonElement>(null);
  const t = useT();
  const change = available ? allNumbersChange(numbers, country, blocked) : null;
  if (change === null) return null;
  const tooMany = change.action === 'block' ? applyBlockChange(blocked, change, t) : null;
  const refusal = tooMany && !tooMany.ok ? tooMany.message : null;

  return (
    <>
      <button
        ref={ref}
        type="button"
        className={`secondary-button block-caller${change.action === 'block' ? ' secondary-button--danger' : ''}`}
        aria-disabled={refusal !== null || undefined}
        title={refusal ?? undefined}
        onClick={() => refusal === null && setConfirming(change)}
      >
        {t(change.action === 'block' ? 'callHandling.blockAll' : 'callHandling.unblockAll')}
      </button>
      {confirming && (
        <BlockCallerDialog
          change={confirming}
          owner={owner}
          onClose={() => setConfirming(null)}
          fallbackFocus={() => ref.current}
        />
      )}
    </>
  );
}
