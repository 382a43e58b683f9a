import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeInput, InvokeOutput } from '../../../shared/contract/invoke-channels';
import { err, ok, type Result } from '../../../shared/result';
import { createFakeDialtoneApi, deferred, type FakeHandlers } from '../../ipc/fake-dialtone-api';
import { initialContactsState, selectors, useContactsStore } from './contacts.store';

type Preview = Result<InvokeOutput<'contacts:import-preview'>>;

const store = () => useContactsStore.getState();
const step = () => selectors.importStep(store());
const csv = 'Who,Tel,Firm\nAda Lovelace,+44 20 7946 0958,Analytical Engines\n';
const refusal = 'This CSV file has no header row that Dialtone recognises: … or choose which column holds what.';
const ada = { name: 'Ada Lovelace', organisation: '', phones: [], sipAddresses: [], emails: [], notes: '' };
const onePreview = ok({ contacts: [ada], total: 1, report: { imported: 1, merged: 0, skipped: [] } }) as Preview;

function useFake(handlers: FakeHandlers) {
  const fake = createFakeDialtoneApi(handlers);
  vi.stubGlobal('window', { dialtone: fake });
  return fake;
}

/** Main's preview: refused until `name` has a column, as for a header it does not recognise. */
const previewNeedingName = ({ columns }: InvokeInput<'contacts:import-preview'>): Preview =>
  columns?.name ? onePreview : err('invalid-request', refusal);

const payloads = (fake: ReturnType<typeof useFake>, channel: string) =>
  fake.calls.filter((call) => call.channel === channel).map((call) => call.payload);

beforeEach(() => useContactsStore.setState(initialContactsState));
afterEach(() => vi.unstubAllGlobals());

describe('contacts store: choosing the columns of a CSV file', () => {
  it('keeps a refused CSV file to choose its columns, previews with them and imports with them', async () => {
    const fake = useFake({
      'contacts:import-preview': previewNeedingName,
      'contacts:import': () => ok({ imported: 1, merged: 0, skipped: [] }),
      'contacts:search': () => ok({ total: 0, items: [] }),
      'contacts:merge-suggestions': () => ok([]),
    });
    await store().previewFile('who.csv', csv);
    expect(step()).toMatchObject({ step: 'columns', problem: refusal, checking: false, file: { columns: {} } });

    await store().chooseColumns({ mobile: 'Tel' });
    expect(step()).toMatchObject({ step: 'columns', file: { columns: { mobile: 'Tel' } } });
    await store().chooseColumns({ name: 'Who', mobile: 'Tel' });
    expect(step()).toMatchObject({
      step: 'preview',
      checking: false,
      file: { columns: { name: 'Who', mobile: 'Tel' } },
    });

    await store().runImport();
    expect(step()).toMatchObject({ step: 'done', fileName: 'who.csv' });
    expect(payloads(fake, 'contacts:import-preview')).toEqual([
      { format: 'csv', content: csv },
      { format: 'csv', content: csv, columns: { mobile: 'Tel' } },
      { format: 'csv', content: csv, columns: { name: 'Who', mobile: 'Tel' } },
    ]);
    expect(payloads(fake, 'contacts:import')).toEqual([
      { format: 'csv', content: csv, columns: { name: 'Who', mobile: 'Tel' } },
    ]);
  });

  it('goes back to choosing columns when a choice makes main refuse a previewed file', async () => {
    useFake({
      'contacts:import-preview': ({ columns }) => (columns ? err('invalid-request', 'No column') : onePreview),
    });
    await store().previewFile('google.csv', 'Name,Phone\nAda,1\n');
    expect(step()).toMatchObject({ step: 'preview' });
    await store().chooseColumns({ notes: 'Phone' });
    expect(step()).toMatchObject({ step: 'columns', problem: 'No column', file: { columns: { notes: 'Phone' } } });
  });

  it('answers only the latest choice, and does not import while it is being checked', async () => {
    const answers = [deferred<Preview>(), deferred<Preview>()];
    let asked = 0;
    const fake = useFake({
      'contacts:import-preview': ({ columns }) => (columns ? answers[asked++]!.promise : onePreview),
      'contacts:import': () => ok({ imported: 1, merged: 0, skipped: [] }),
    });
    await store().previewFile('people.csv', 'Name,Tel\nAda,1\n');
    const first = store().chooseColumns({ mobile: 'Tel' });
    const second = store().chooseColumns({ work: 'Tel' });
    expect(step()).toMatchObject({ step: 'preview', checking: true, file: { columns: { work: 'Tel' } } });
    await store().runImport();
    expect(payloads(fake, 'contacts:import')).toEqual([]);

    answers[1]!.resolve(onePreview);
    await second;
    answers[0]!.resolve(err('invalid-request', 'stale'));
    await first;
    expect(step()).toMatchObject({
      step: 'preview',
      checking: false,
      problem: null,
      file: { columns: { work: 'Tel' } },
    });
  });

  it('leaves a refused vCard at choosing a file, and ignores column choices there', async () => {
    useFake({ 'contacts:import-preview': () => err('invalid-request', 'Line 3 is not a vCard line.') });
    await store().previewFile('phone.vcf', 'BEGIN:VCARD');
    expect(step()).toEqual({ step: 'choose', problem: 'Line 3 is not a vCard line.' });
    await store().chooseColumns({ name: 'Who' });
    expect(step()).toEqual({ step: 'choose', problem: 'Line 3 is not a vCard line.' });
  });
});
