import type { ContactListItem } from '../../../shared/models/contact';

/** Rows fetched per contacts:search request. */
export const contactPageSize = 100;
/** Pages kept in memory; the ones farthest from where the person is looking go first. */
export const maxCachedPages = 40;

/** Loaded pages of one search, by page number. */
export type ContactPages = Readonly<Record<number, readonly ContactListItem[]>>;

/** The page numbers that hold rows `start` to `end` (inclusive). */
export function pagesFor(start: number, end: number, pageSize = contactPageSize): number[] {
  if (end < start || end < 0) return [];
  const first = Math.floor(Math.max(0, start) / pageSize);
  const last = Math.floor(end / pageSize);
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

/** Pages among rows `start`..`end` that are neither loaded nor on their way. */
export function missingPages(
  pages: ContactPages,
  inFlight: ReadonlySet<number>,
  start: number,
  end: number,
  pageSize = contactPageSize,
): number[] {
  return pagesFor(start, end, pageSize).filter((page) => pages[page] === undefined && !inFlight.has(page));
}

/** The row at `index`, or undefined while its page is not loaded. */
export function itemAt(pages: ContactPages, index: number, pageSize = contactPageSize): ContactListItem | undefined {
  return pages[Math.floor(index / pageSize)]?.[index % pageSize];
}

/** Adds a page; beyond `limit` pages, drops the ones farthest from it. */
export function withPage(
  pages: ContactPages,
  page: number,
  items: readonly ContactListItem[],
  limit = maxCachedPages,
): ContactPages {
  const next: Record<number, readonly ContactListItem[]> = { ...pages, [page]: items };
  const numbers = Object.keys(next).map(Number);
  if (numbers.length <= limit) return next;
  const farthestFirst = numbers.sort((a, b) => Math.abs(b - page) - Math.abs(a - page));
  for (const drop of farthestFirst.slice(0, numbers.length - limit)) delete next[drop];
  return next;
}

/** The index of a contact among the loaded rows, or -1. */
export function indexOfContact(pages: ContactPages, id: string, pageSize = contactPageSize): number {
  for (const [page, items] of Object.entries(pages)) {
    const at = items.findIndex((item) => item.id === id);
    if (at >= 0) return Number(page) * pageSize + at;
  }
  return -1;
}
