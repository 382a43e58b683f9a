import { callEndReasons, type CallEndReason } from '../../shared/models/call-end-reason';
import { bareSipAddress } from '../../shared/phone/sip-address';
import type { CallSnapshot } from '../../shared/models/call';
import { historyTextLimits, type HistoryEntry, type HistoryFilter } from '../../shared/models/history';
import { toE164 } from '../../shared/phone/phone-number';
import { readableText } from '../../shared/readable-text';
import type { CallQueries, CallWithContact } from '../db/queries/call-queries';
import type { Logger } from '../logging/logger';
import { words } from '../../shared/text/words';
import { AppFailure } from './app-failure';
import type { EventBus } from './event-bus';

type ContactMatch = { contactId: string; name: string };

/** What the call service tells the history about each call it tracks. */
export interface CallHistoryRecorder {
  /** twilioCallSid: the call's CallSid at Twilio, when main knows it (kept for the REST API, never shown). */
  callStarted(snapshot: CallSnapshot, twilioCallSid?: string | null): void;
  callChanged(snapshot: CallSnapshot): void;
}

export interface HistoryServiceDeps {
  calls: CallQueries;
  /** Runs `work` in one database transaction. */
  transaction<T>(work: () => T): T;
  events: EventBus;
  logger: Logger;
  defaultCountry(): string;
  /** The contact that has this number (E.164), if any. */
  matchNumber(e164: string): ContactMatch | null;
  /** The contact that has this SIP address, if any. */
  matchSipAddress(address: string): ContactMatch | null;
  /** The account whose line carries calls now. */
  activeAccountId(): string | null;
}

const endReasons = new Set<string>(callEndReasons);

/** A remote party's number in E.164: as written, or, for bare international digits from SIP, with a +. */
export function remoteE164(number: string, country: string): string | null {
  return toE164(number, country) ?? (/^[1-9]\d{10,14}$/.test(number) ? toE164(`+${number}`, country) : null);
}

/** Rows written before caller strings were bounded where they enter can hold anything: bounded again here. */
function toEntry(call: CallWithContact): HistoryEntry {
  const durationMs =
    call.endedAt === null ? null : call.answeredAt === null ? 0 : Math.max(0, call.endedAt - call.answeredAt);
  const contactName = call.contactName && readableText(call.contactName, historyTextLimits.contactName);
  return {
    id: call.id,
    direction: call.direction,
    remoteNumber: readableText(call.remoteNumber, historyTextLimits.remoteNumber),
    remoteE164: call.remoteE164,
    contactId: call.contactId,
    contactName: contactName || null,
    startedAt: call.startedAt,
    answeredAt: call.answeredAt,
    endedAt: call.endedAt,
    durationSeconds: durationMs === null ? null : Math.round(durationMs / 1000),
    endReason: call.endReason !== null && endReasons.has(call.endReason) ? (call.endReason as CallEndReason) : null,
    missed: call.missed,
    seen: call.seen,
    callerVerified: call.callerVerified,
    onTwilio: call.twilioCallSid !== null,
    transferredTo: call.transferredTo && (readableText(call.transferredTo, historyTextLimits.remoteNumber) || null),
  };
}

/**
 * The call history: a row is written when a call starts and completed when it ends, so a crash
 * loses only the end. Publishes 'history:changed' with the count of missed calls not seen yet.
 */
export function createHistoryService(deps: HistoryServiceDeps) {
  const { calls, events, logger } = deps;
  const answered = new Set<string>();
  // Counting a million rows takes tens of milliseconds: totals are kept until the next write.
  const totals = new Map<HistoryFilter, number>();
  const announce = () => {
    totals.clear();
    events.emit('history:changed', { missedUnseen: calls.missedUnseen() });
  };

  // No call is under way at start-up: unfinished rows were cut off by a crash.
  const recovered = calls.markUnfinishedMissed();
  if (recovered > 0) logger.info('Calls cut off while ringing are now missed calls', { count: recovered });

  /** A phone number in E.164, or else (a call to or from a SIP address) the whole bare address. */
  function remoteParty(snapshot: CallSnapshot): { e164: string | null; sipAddress: string | null } {
    const e164 = remoteE164(snapshot.remoteNumber, deps.defaultCountry());
    return { e164, sipAddress: e164 ? null : bareSipAddress(snapshot.remoteUri) };
  }

  /** The contact a call is with, matched by number or by SIP address. */
  function contactFor(snapshot: CallSnapshot): ContactMatch | null {
    const { e164, sipAddress } = remoteParty(snapshot);
    return e164 ? deps.matchNumber(e164) : sipAddress ? deps.matchSipAddress(sipAddress) : null;
  }

  /** History must never break a call: failures are logged. */
  function safely(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      totals.clear();
      logger.error(`Could not ${what} in the call history`, {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  const recorder: CallHistoryRecorder = {
    callStarted(snapshot, twilioCallSid = null) {
      if (snapshot.soundTest !== null) return;
      safely('record a call', () => {
        const { e164, sipAddress } = remoteParty(snapshot);
        const contact = contactFor(snapshot);
        deps.transaction(() =>
          calls.recordStart({
            id: snapshot.id,
            accountId: deps.activeAccountId(),
            contactId: contact?.contactId ?? null,
            direction: snapshot.direction,
            remoteNumber: sipAddress ?? snapshot.remoteNumber,
            remoteE164: e164,
            startedAt: snapshot.startedAt,
            twilioCallSid,
            callerVerified: snapshot.callerVerified,
          }),
        );
        announce();
      });
    },
    callChanged(snapshot) {
      if (snapshot.soundTest !== null) return;
      safely('update a call', () => {
        if (snapshot.answeredAt !== null && !answered.has(snapshot.id)) {
          answered.add(snapshot.id);
          calls.recordAnswer(snapshot.id, snapshot.answeredAt);
        }
        if (snapshot.state === 'ended') {
          answered.delete(snapshot.id);
          const transferredTo = snapshot.endReason === 'transferred' ? (snapshot.transfer?.target ?? null) : null;
          deps.transaction(() => {
            calls.recordEnd(snapshot.id, snapshot.endedAt ?? Date.now(), snapshot.endReason ?? 'failed');
            if (transferredTo) calls.recordTransferredTo(snapshot.id, transferredTo);
          });
          announce();
        }
      });
    },
  };

  return {
    recorder,
    contactFor,
    list(filter: HistoryFilter, offset: number, limit: number): { total: number; items: HistoryEntry[] } {
      let total = totals.get(filter);
      if (total === undefined) {
        total = calls.count(filter);
        totals.set(filter, total);
      }
      return { total, items: calls.page(filter, offset, limit).map(toEntry) };
    },
    remove(id: string): void {
      if (!calls.remove(id)) throw new AppFailure('not-found', words('contacts.callAlreadyRemoved'));
      announce();
    },
    clear(): void {
      calls.clear();
      announce();
    },
    /** The missed calls have been seen: the badge on the tab and the tray goes away. */
    markSeen(): void {
      if (calls.markSeen() > 0) announce();
    },
    missedUnseen: (): number => calls.missedUnseen(),
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;
