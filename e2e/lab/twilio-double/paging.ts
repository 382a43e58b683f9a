import type { Context } from './server';

function pageOf<T>(context: Context, items: T[]) {
  const pageSize = Math.min(Number(context.query.get('PageSize') ?? 50), 1000);
  const page = Number(context.query.get('Page') ?? 0);
  const start = page * pageSize;
  return {
    pageSize,
    page,
    start,
    slice: items.slice(start, start + pageSize),
    hasNext: start + pageSize < items.length,
  };
}

/**
 * A 2010 API list: `first_page_uri`, `next_page_uri`… are relative, as Twilio sends them (twilio-node prefixes its
 * base URL). Filters are kept in the page URIs; Twilio adds a PageToken to the next page, the double reads Page only.
 * With `toJson`, only the page's records are turned into JSON (a list of 10,000 messages is read 100 times).
 */
export function list2010<T, J = T>(context: Context, key: string, items: T[], toJson?: (item: T) => J) {
  const { pageSize, page, start, slice: records, hasNext } = pageOf(context, items);
  const slice = toJson ? records.map(toJson) : records;
  const filters = new URLSearchParams(context.query);
  ['Page', 'PageSize', 'PageToken'].forEach((name) => filters.delete(name));
  const uriFor = (pageNumber: number) => {
    const query = new URLSearchParams(filters);
    query.set('PageSize', String(pageSize));
    query.set('Page', String(pageNumber));
    if (pageNumber > 0) query.set('PageToken', `PA${pageNumber}`);
    return `${context.path}?${query.toString()}`;
  };
  return {
    status: 200,
    body: {
      [key]: slice,
      end: start + Math.max(slice.length - 1, 0),
      first_page_uri: uriFor(0),
      next_page_uri: hasNext ? uriFor(page + 1) : null,
      page,
      page_size: pageSize,
      previous_page_uri: page > 0 ? uriFor(page - 1) : null,
      start,
      uri: uriFor(page),
    },
  };
}

/** A v1 API list: absolute URLs on the real host in `meta` (sapi and twilio-node follow next_page_url as is). */
export function listV1<T>(context: Context, key: string, items: T[], base = 'https://serverless.twilio.com') {
  const { pageSize, page, slice, hasNext } = pageOf(context, items);
  const urlFor = (pageNumber: number) => {
    const query = new URLSearchParams({ PageSize: String(pageSize), Page: String(pageNumber) });
    if (pageNumber > 0) query.set('PageToken', `PA${pageNumber}`);
    return `${base}${context.path}?${query.toString()}`;
  };
  return {
    status: 200,
    body: {
      [key]: slice,
      meta: {
        first_page_url: urlFor(0),
        key,
        next_page_url: hasNext ? urlFor(page + 1) : null,
        page,
        page_size: pageSize,
        previous_page_url: page > 0 ? urlFor(page - 1) : null,
        url: urlFor(page),
      },
    },
  };
}

/** Form booleans as twilio-node and sapi send them: "true"/"false" (also "True"). */
export function formBoolean(value: string | null): boolean | undefined {
  return value === null ? undefined : value.toLowerCase() === 'true';
}
