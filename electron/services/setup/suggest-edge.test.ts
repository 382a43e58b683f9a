import { describe, expect, it } from 'vitest';
import { suggestEdge } from './suggest-edge';

describe('suggestEdge', () => {
  it.each([
    ['America/New_York', 'ashburn'],
    ['America/Chicago', 'ashburn'],
    ['America/Los_Angeles', 'umatilla'],
    ['America/Sao_Paulo', 'sao-paulo'],
    ['Europe/London', 'dublin'],
    ['Europe/Berlin', 'frankfurt'],
    ['Europe/Paris', 'frankfurt'],
    ['Asia/Tokyo', 'tokyo'],
    ['Asia/Singapore', 'singapore'],
    ['Asia/Kolkata', 'singapore'],
    ['Australia/Sydney', 'sydney'],
    ['Pacific/Auckland', 'sydney'],
  ] as const)('suggests the edge nearest %s: %s', (zone, edge) => {
    expect(suggestEdge(zone)).toBe(edge);
  });

  it('falls back to ashburn for an unknown or missing time zone', () => {
    expect(suggestEdge('Etc/UTC')).toBe('ashburn');
    expect(suggestEdge(undefined)).toBe('ashburn');
  });
});
