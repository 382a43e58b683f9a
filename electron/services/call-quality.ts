import type { CallQuality } from '../../shared/models/call';
import type { MediaStats } from '../media/media-session-types';

/** Before the media leg exists, or before any packet has arrived, nothing is known. */
export const unknownQuality: CallQuality = { roundTripMs: null, jitterMs: null, lossPercent: null, mos: null };

/** R for G.711 with every other G.107 parameter at its default: Ro - Is - A. */
const baseR = 93.2;
/** G.711 with packet loss concealment (G.113 Appendix I): Ie = 0, Bpl = 25.1. */
const g711 = { ie: 0, bpl: 25.1 };
/** One 20 ms frame is buffered before it is sent. */
const packetisationMs = 20;

/**
 * Delay impairment Id for a one-way mouth-to-ear delay, in the Cole-Rosenbluth simplification
 * of G.107 (no echo): 0.024 d, plus 0.11 per millisecond above 177.3 ms.
 */
export function delayImpairment(oneWayMs: number): number {
  return 0.024 * oneWayMs + (oneWayMs > 177.3 ? 0.11 * (oneWayMs - 177.3) : 0);
}

/** G.107 effective equipment impairment for random loss (BurstR = 1): Ie + (95 - Ie) Ppl / (Ppl + Bpl). */
export function lossImpairment(lossPercent: number): number {
  return g711.ie + ((95 - g711.ie) * lossPercent) / (lossPercent + g711.bpl);
}

/** G.107 Annex B: the mean opinion score (1..4.5) that a rating factor R predicts. */
export function mosFromR(r: number): number {
  if (r <= 0) return 1;
  if (r >= 100) return 4.5;
  return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
}

/** One-way delay: half the RTCP round trip, a jitter buffer of twice the jitter, one frame. */
export function oneWayDelayMs(roundTripMs: number, jitterMs: number): number {
  return roundTripMs / 2 + 2 * jitterMs + packetisationMs;
}

/** Simplified E-model for G.711: R = 93.2 - Id(delay) - Ie,eff(loss), then MOS from R. */
export function estimateMos(roundTripMs: number, jitterMs: number, lossPercent: number): number {
  const r = baseR - delayImpairment(oneWayDelayMs(roundTripMs, jitterMs)) - lossImpairment(lossPercent);
  return Math.max(1, mosFromR(r));
}

function lossPercentOf(stats: MediaStats): number | null {
  const intervals = [stats.remoteFractionLost, stats.fractionLost].filter((fraction) => fraction !== undefined);
  if (intervals.length > 0) return Math.max(...intervals) * 100;
  const expected = stats.packetsReceived + stats.packetsLost;
  return expected > 0 ? (stats.packetsLost / expected) * 100 : null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * How the call sounds from the media leg's statistics. Round trip and jitter: the far end's RTCP
 * report of our stream (what the other person hears), our own view of its stream as the fallback.
 * Loss: the worse direction over the last report interval (either person hearing gaps is a bad
 * line), and before any report our own count since the call began.
 */
export function callQuality(stats: MediaStats): CallQuality {
  const heardAnything = stats.packetsReceived > 0;
  const roundTripMs = stats.roundTripMs ?? null;
  const jitterMs = stats.remoteJitterMs ?? (heardAnything ? stats.jitterMs : null);
  const lossPercent = lossPercentOf(stats);
  // Without a loss figure there is nothing to rate; an unknown round trip counts as none.
  const mos = lossPercent === null ? null : estimateMos(roundTripMs ?? 0, jitterMs ?? 0, lossPercent);
  return {
    roundTripMs: roundTripMs === null ? null : round(roundTripMs, 1),
    jitterMs: jitterMs === null ? null : round(jitterMs, 1),
    lossPercent: lossPercent === null ? null : round(Math.min(100, Math.max(0, lossPercent)), 2),
    mos: mos === null ? null : round(mos, 2),
  };
}
