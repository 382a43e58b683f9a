import type { LabKamailio } from './kamailio';

/** The SIP phone programs the lab runs as far ends. */
export const farEndKinds = ['baresip', 'linphone'] as const;
export type FarEndKind = (typeof farEndKinds)[number];

export interface FarEndPhoneOptions {
  name: string;
  kamailio: LabKamailio;
  user: string;
  password: string;
  transport: 'tcp' | 'tls';
  /** The tone this phone plays into every call; speech-like noise instead when `speechLike`. */
  tone: { frequency: number; speechLike?: boolean };
  srtp?: 'off' | 'mandatory';
  /** auto (default): answers at once; manual: rings until ctrl.answer(); early: 183 with its tone as early media. */
  answerMode?: 'auto' | 'manual' | 'early';
}

/** What tests need of a far-end phone in the lab, whichever program it is. */
export interface FarEndPhone {
  kind: FarEndKind;
  sipUri: string;
  /** The phone program's process. */
  pid: number;
  ctrl: {
    dial(uri: string): Promise<unknown>;
    hangup(): Promise<unknown>;
    answer(): Promise<unknown>;
    /** RFC 4733 digits into the current call, e.g. '159*0#'. */
    sendDtmf(digits: string): Promise<unknown>;
  };
  waitForRegistered(timeoutMs?: number): Promise<void>;
  /** A 16-bit mono WAV of what this phone heard in its newest call; complete once that call has ended. */
  latestRecording(): string;
  /** Every RFC 4733 key received since start, in order, e.g. '159*0#'. */
  dtmfReceived(): string;
  /** Why each call ended, oldest first, in the program's own words. */
  callsClosed(): string[];
  logs(): string;
  /** Ends the program (it un-REGISTERs first) and removes its folder. */
  stop(): Promise<void>;
}
