import type { Result } from '../../shared/result';

/** However many rows are shown, a reload of the first pages asks for at most this many. */
const mostReloaded = 500;

/** One answer of a paged list request: some rows, and how many there are in all. */
export interface Page<Item> {
  items: Item[];
  total: number;
}

/** What a paged list request came to: main's answer, or null when a newer request overtook it. */
export type PagedAnswer<Answer> = Result<Answer> | null;

export interface PagedListSource<Item, Answer extends Page<Item>> {
  /** Rows fetched per "show older" request, and at least on a reload. */
  pageSize: number;
  /** What tells two rows apart: a row already shown is not repeated when a page overlaps it. */
  keyOf(item: Item): string;
  fetch(offset: number, limit: number): Promise<Result<Answer>>;
}

/**
 * A list shown newest first, a page at a time: the first pages again (after a change), or the page
 * after those shown. Only the latest request counts: the answer of one overtaken by a newer request
 * (or by `drop`) resolves to null, so a slow answer never replaces a newer one.
 */
export function createPagedList<Item, Answer extends Page<Item>>(source: PagedListSource<Item, Answer>) {
  let latest = 0;

  async function latestAnswer(request: Promise<Result<Answer>>): Promise<PagedAnswer<Answer>> {
    const mine = ++latest;
    const result = await request;
    return mine === latest ? result : null;
  }

  return {
    /** The first `shown` rows again: at least a page, at most 500. */
    first(shown: number): Promise<PagedAnswer<Answer>> {
      return latestAnswer(source.fetch(0, Math.min(mostReloaded, Math.max(shown, source.pageSize))));
    },

    /** The page after `shown`, answered as the whole list: `shown` followed by the rows it did not have. */
    async next(shown: readonly Item[]): Promise<PagedAnswer<Answer>> {
      const result = await latestAnswer(source.fetch(shown.length, source.pageSize));
      if (result === null || !result.ok) return result;
      const known = new Set(shown.map(source.keyOf));
      const older = result.value.items.filter((item) => !known.has(source.keyOf(item)));
      return { ok: true, value: { ...result.value, items: [...shown, ...older] } };
    },

    /** Ignores the answer of any request on its way (the list was emptied meanwhile). */
    drop(): void {
      latest++;
    },
  };
}
