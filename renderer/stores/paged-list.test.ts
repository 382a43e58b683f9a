import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from '../../shared/result';
import { deferred } from '../ipc/fake-dialtone-api';
import { createPagedList, type Page } from './paged-list';

type Row = { id: string };
const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, n) => ({ id: `r${from + n}` }));

/** A list of `total` rows on main's side, recording what was asked. */
function source(total: number) {
  const all = rows(0, total);
  const asked: { offset: number; limit: number }[] = [];
  const list = createPagedList<Row, Page<Row>>({
    pageSize: 50,
    keyOf: (row) => row.id,
    fetch: async (offset, limit) => {
      asked.push({ offset, limit });
      return ok({ total: all.length, items: all.slice(offset, offset + limit) });
    },
  });
  return { all, asked, list };
}

describe('a paged list', () => {
  it('reloads as many rows as are shown, at least a page and at most 500', async () => {
    const { asked, list } = source(1000);
    await list.first(0);
    await list.first(120);
    await list.first(800);
    expect(asked).toEqual([
      { offset: 0, limit: 50 },
      { offset: 0, limit: 120 },
      { offset: 0, limit: 500 },
    ]);
  });

  it('answers the next page as the whole list, without repeating a row that moved down into it', async () => {
    const { all, list } = source(120);
    const shown = all.slice(0, 50);
    // A row arrived on main since: the next page starts with the last row shown.
    all.unshift({ id: 'new' });
    const answer = await list.next(shown);
    if (!answer?.ok) throw new Error('expected a page');
    expect(answer.value.items.map((row) => row.id)).toEqual([...shown, ...all.slice(51, 100)].map((row) => row.id));
    expect(answer.value.total).toBe(121);
  });

  it('drops an answer overtaken by a newer request, or by drop()', async () => {
    const slow = deferred<Result<Page<Row>>>();
    let calls = 0;
    const list = createPagedList<Row, Page<Row>>({
      pageSize: 50,
      keyOf: (row) => row.id,
      fetch: async () => (++calls === 1 ? slow.promise : ok({ total: 1, items: [{ id: 'newer' }] })),
    });
    const first = list.first(0);
    expect(await list.first(0)).toEqual(ok({ total: 1, items: [{ id: 'newer' }] }));
    slow.resolve(ok({ total: 1, items: [{ id: 'older' }] }));
    expect(await first).toBeNull();

    const dropped = list.next([]);
    list.drop();
    expect(await dropped).toBeNull();
  });

  it('passes a refusal on as it came', async () => {
    const list = createPagedList<Row, Page<Row>>({
      pageSize: 50,
      keyOf: (row) => row.id,
      fetch: async () => err('storage-failed', 'The list could not be read. Restart Dialtone.'),
    });
    expect(await list.next([])).toEqual(err('storage-failed', 'The list could not be read. Restart Dialtone.'));
  });
});
