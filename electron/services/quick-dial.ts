import { dialTargetSchema } from '../../shared/models/call';
import type { HistoryEntry } from '../../shared/models/history';
import { formatPhoneForDisplay } from '../../shared/phone/phone-number';
import { err, ok, type Result } from '../../shared/result';
import { words } from '../../shared/text/words';

/** A call the tray or a shortcut can place again: where to, and who that is (contact name or number). */
export type QuickDialTarget = { target: string; name: string };

/** Redial: the last outgoing call. Call back: the last missed call that was not returned since. */
export type QuickDialChoices = { redial: QuickDialTarget | null; callBack: QuickDialTarget | null };
export type QuickDialKind = keyof QuickDialChoices;

/** How many recent calls are looked through for a missed call still to return. */
export const quickDialHistoryDepth = 200;

/** The same person: by number when there is one, else by the (bare) SIP address or whatever was recorded. */
const partyOf = (entry: HistoryEntry) => entry.remoteE164 ?? entry.remoteNumber.toLowerCase();

/** What calls.dial accepts for this entry, or null (a withheld number, "anonymous", a local extension). */
function dialTargetOf(entry: HistoryEntry): string | null {
  const candidate =
    entry.remoteE164 ?? (entry.remoteNumber.includes('@') ? `sip:${entry.remoteNumber.replace(/^sips?:/i, '')}` : '');
  const parsed = dialTargetSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

function quickTarget(entry: HistoryEntry, country: string): QuickDialTarget | null {
  const target = dialTargetOf(entry);
  if (!target) return null;
  const name = entry.contactName ?? (entry.remoteE164 ? formatPhoneForDisplay(entry.remoteE164, country) : target);
  return { target, name };
}

/** A missed call is returned once a later call with the same person was placed, or answered. */
function returnedLater(missed: HistoryEntry, newerFirst: HistoryEntry[]): boolean {
  const party = partyOf(missed);
  return newerFirst.some(
    (entry) =>
      entry.startedAt >= missed.startedAt &&
      partyOf(entry) === party &&
      (entry.direction === 'outgoing' || entry.answeredAt !== null),
  );
}

/** entries: the history newest first, as history.list gives it. */
export function quickDialChoices(entries: HistoryEntry[], country: string): QuickDialChoices {
  const lastOutgoing = entries.find((entry) => entry.direction === 'outgoing' && dialTargetOf(entry) !== null);
  const unreturned = entries.find(
    (entry, index) =>
      entry.direction === 'incoming' &&
      entry.missed &&
      dialTargetOf(entry) !== null &&
      !returnedLater(entry, entries.slice(0, index)),
  );
  return {
    redial: lastOutgoing ? quickTarget(lastOutgoing, country) : null,
    callBack: unreturned ? quickTarget(unreturned, country) : null,
  };
}

export interface QuickDialDeps {
  /** The history, newest first (at least quickDialHistoryDepth rows when there are that many). */
  recent(): HistoryEntry[];
  country(): string;
  /** The renderer's own way to place a call: the contract router's calls:dial. */
  dial(target: string): Promise<Result<unknown>>;
}

/** Redial and call back for the tray and the global shortcuts; the caller shows the window or the problem. */
export function createQuickDial(deps: QuickDialDeps) {
  const choices = (): QuickDialChoices => quickDialChoices(deps.recent(), deps.country());
  return {
    choices,
    async place(kind: QuickDialKind): Promise<Result<QuickDialTarget>> {
      const chosen = choices()[kind];
      if (!chosen) {
        return err('not-found', words(kind === 'redial' ? 'contacts.nothingToRedial' : 'contacts.nothingToCallBack'));
      }
      const placed = await deps.dial(chosen.target);
      return placed.ok ? ok(chosen) : placed;
    },
  };
}

export type QuickDial = ReturnType<typeof createQuickDial>;
