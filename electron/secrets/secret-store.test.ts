import { describe, expect, it } from 'vitest';
import { createMemorySecretStore } from './secret-store';

describe('memory secret store', () => {
  it('gets, sets, checks and deletes, with separate instances kept apart', async () => {
    const store = createMemorySecretStore();
    const other = createMemorySecretStore();
    expect(await store.has('k')).toBe(false);
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(await store.has('k')).toBe(true);
    expect(await other.has('k')).toBe(false);
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(await store.has('constructor')).toBe(false);
  });
});
