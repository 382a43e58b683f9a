import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../logging/logger';
import { freshOfficeTrunkRecord, isOfficeTrunkReady, loadOfficeTrunkRecord } from './office-trunk-record';

const queriesHolding = (stored: unknown) => ({ read: () => stored, write: () => undefined, clear: () => undefined });

describe('office trunk record', () => {
  it('starts fresh with nothing saved, and again (logged) when the saved row is damaged', () => {
    const logger = createMemoryLogger();
    expect(loadOfficeTrunkRecord(queriesHolding(undefined), logger)).toEqual(freshOfficeTrunkRecord());
    expect(loadOfficeTrunkRecord(queriesHolding({ input: 'not an input' }), logger)).toEqual(freshOfficeTrunkRecord());
    expect(JSON.stringify(logger.records)).toMatch(/unreadable/);
  });

  it('reads back what was saved, and is ready only once every task is done and the trunk is known', () => {
    const saved = {
      ...freshOfficeTrunkRecord(),
      terminationDomain: 'dialtone-15125550100-k3x9.pstn.twilio.com',
      resources: { trunkSid: `TK${'a'.repeat(32)}`, previousVoiceUrl: null },
    };
    const loaded = loadOfficeTrunkRecord(queriesHolding(JSON.parse(JSON.stringify(saved))), createMemoryLogger());
    expect(loaded).toEqual(saved);
    expect(isOfficeTrunkReady(loaded)).toBe(false);
    const done = { ...loaded, tasks: loaded.tasks.map((task) => ({ ...task, status: 'done' as const })) };
    expect(isOfficeTrunkReady(done)).toBe(true);
    expect(isOfficeTrunkReady({ ...done, terminationDomain: null })).toBe(false);
  });
});
