import { normalFrom, type Random } from './seeded-random';

/**
 * What a bad network does to each packet of one direction, as netem's `delay D J loss L%` does:
 * a packet is lost with probability lossPercent; otherwise it is held delayMs ± jitterMs
 * (uniformly, netem's default, or normally with jitterMs as the standard deviation; never below
 * zero). Packets are delayed independently, so jitter larger than their spacing reorders them.
 */
export interface Impairment {
  lossPercent: number;
  delayMs: number;
  jitterMs: number;
  jitterDistribution: 'uniform' | 'normal';
}

export const noImpairment: Impairment = { lossPercent: 0, delayMs: 0, jitterMs: 0, jitterDistribution: 'uniform' };

export type PacketFate = { kind: 'lost' } | { kind: 'delivered'; delayMs: number };

/** Throws a message that says which figure is wrong and what it may be. */
export function checkImpairment(impairment: Impairment): Impairment {
  const { lossPercent, delayMs, jitterMs, jitterDistribution } = impairment;
  const problems = [
    !(lossPercent >= 0 && lossPercent <= 100) && `lossPercent must be from 0 to 100, not ${lossPercent}`,
    !(delayMs >= 0 && delayMs <= 10_000) && `delayMs must be from 0 to 10000, not ${delayMs}`,
    !(jitterMs >= 0 && jitterMs <= 10_000) && `jitterMs must be from 0 to 10000, not ${jitterMs}`,
    jitterDistribution !== 'uniform' &&
      jitterDistribution !== 'normal' &&
      `jitterDistribution must be "uniform" or "normal", not ${JSON.stringify(jitterDistribution)}`,
  ].filter((problem): problem is string => typeof problem === 'string');
  if (problems.length > 0) throw new Error(`Bad impairment: ${problems.join('; ')}`);
  return impairment;
}

export function describeImpairment(impairment: Impairment): string {
  const { lossPercent, delayMs, jitterMs, jitterDistribution } = impairment;
  return `loss ${lossPercent}%, delay ${delayMs} ± ${jitterMs} ms (${jitterDistribution})`;
}

/**
 * The fate of a direction's packets, one after another. Every packet takes the same three draws
 * whatever its fate, so packet n's fate depends only on the seed, n and the impairment.
 */
export function decideFate(random: Random, impairment: Impairment): PacketFate {
  const lossDraw = random();
  const first = random();
  const second = random();
  if (lossDraw * 100 < impairment.lossPercent) return { kind: 'lost' };
  const spread =
    impairment.jitterDistribution === 'uniform'
      ? (2 * first - 1) * impairment.jitterMs
      : normalFrom(first, second) * impairment.jitterMs;
  return { kind: 'delivered', delayMs: Math.max(0, impairment.delayMs + spread) };
}
