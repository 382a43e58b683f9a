import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OfficeTrunkState } from '../../../shared/models/office-trunk';
import { err, ok, type Result } from '../../../shared/result';
import { words } from '../../../shared/text/words';
import { setActiveLocale } from '../../i18n/active-intl';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialOfficeTrunkState, selectors, useOfficeTrunkStore } from './office-trunk.store';

const store = () => useOfficeTrunkStore.getState();
const input = {
  pbx: 'freeswitch',
  pbxAddress: '203.0.113.7',
  secure: true,
  phoneNumber: '+15125550100',
  friendlyName: 'Office',
  country: 'US',
  dialtoneExtension: null,
  addDialtonePhone: false,
} as const;
const gateway = {
  fileName: 'twilio-trunk.xml',
  description: words('office.fileFreeswitchGateway'),
  notes: null,
} as const;
const state = (revision: number, change: Partial<OfficeTrunkState> = {}): OfficeTrunkState => ({
  input,
  tasks: [],
  terminationDomain: 'dialtone-15125550100-k3x9.pstn.twilio.com',
  username: 'pbx15125550100',
  ready: true,
  files: [{ ...gateway, content: 'PASSWORD-WRITTEN-BY-DIALTONE' }],
  dialtonePhone: false,
  busy: false,
  problem: null,
  revision,
  ...change,
});

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

beforeEach(() => useOfficeTrunkStore.setState(initialOfficeTrunkState));
afterEach(() => vi.unstubAllGlobals());

describe('office trunk store', () => {
  it('keeps the newest state: an answer overtaken by office:changed does not undo it', async () => {
    const answer = deferred<Result<OfficeTrunkState>>();
    useFake({ 'office:provision': () => answer.promise });
    const provisioning = store().provision(input);
    expect(selectors.pending(store())).toBe('provision');
    store().receive(state(7));
    answer.resolve(ok(state(5, { ready: false })));
    expect(await provisioning).toBe(true);
    expect(selectors.office(store())?.revision).toBe(7);
    expect(selectors.pending(store())).toBeNull();
  });

  it('hands the real file to the caller and keeps it nowhere in the store', async () => {
    const real = { ...gateway, content: 'password=Real-Secret-123' };
    const fake = useFake({ 'office:file-to-save': () => ok(real) });
    store().receive(state(1));
    expect(await store().fileToSave('twilio-trunk.xml')).toEqual(real);
    expect(fake.calls).toEqual([{ channel: 'office:file-to-save', payload: { fileName: 'twilio-trunk.xml' } }]);
    expect(JSON.stringify(store())).not.toContain('Real-Secret-123');
  });

  it("keeps main's refusal in its words, and what a removal did", async () => {
    const answers = [err('invalid-request', words('office.extensionNeeded'))];
    useFake({
      'office:provision': () => answers.shift() ?? err('internal', 'no more answers'),
      'office:remove': () =>
        ok({
          removed: [words('office.removedTrunk', { domain: 'dialtone-15125550100-k3x9.pstn.twilio.com' })],
          problem: null,
        }),
      'office:get': () => ok(state(9, { input: null, ready: false, files: [] })),
    });
    expect(await store().provision(input)).toBe(false);
    expect(selectors.requestError(store())).toMatch(/extension number/);
    await store().remove();
    expect(selectors.removal(store())?.removed).toHaveLength(1);
    expect(selectors.hasTrunk(store())).toBe(false);
    expect(selectors.requestError(store())).toBeNull();
  });

  it("says main's refusal in the person's language", async () => {
    setActiveLocale('fr');
    try {
      useFake({ 'office:provision': () => err('invalid-request', words('office.extensionNeeded')) });
      expect(await store().provision(input)).toBe(false);
      expect(selectors.requestError(store())).toBe(
        'Donnez à Dialtone un numéro de poste sur le standard Asterisk, par exemple 1001.',
      );
    } finally {
      setActiveLocale('en');
    }
  });
});
