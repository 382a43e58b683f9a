import type { Database, Statement } from '../sqlite';
import type { ContactListItem } from '../../../shared/models/contact';
import { assertNever } from '../../../shared/assert-never';
import { planContactSearch } from './contact-search-plan';
import { listItemFromRow, primaryNumberSql, type ListItemRow } from './contact-queries';

export type ContactPage = { total: number; items: ContactListItem[] };

const listOrder = (table: string) => `${table}.favourite DESC, ${table}.name COLLATE NOCASE, ${table}.id`;
const pageColumns = 'c.id, c.name, c.organisation, c.favourite';

/** The page is sorted and cut first; only its rows look up their first number. */
const withPrimaryNumber = (pageSql: string) => `
  WITH page AS MATERIALIZED (${pageSql})
  SELECT page.*, ${primaryNumberSql('page.id')} AS primary_number FROM page ORDER BY ${listOrder('page')}`;

const shortWordFilter =
  "(f.name LIKE ? ESCAPE '\\' OR f.organisation LIKE ? ESCAPE '\\' OR f.digits LIKE ? ESCAPE '\\' OR f.addresses LIKE ? ESCAPE '\\')";

/** Searches contacts_fts and pages through the results in list order: favourites first, then by name. */
export function createContactSearchQueries(db: Database) {
  const allCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM contacts');
  const allPage = db.prepare<[number, number], ListItemRow>(
    withPrimaryNumber(`SELECT ${pageColumns} FROM contacts c ORDER BY ${listOrder('c')} LIMIT ? OFFSET ?`),
  );
  const prefixCount = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM contacts WHERE name LIKE ? ESCAPE '\\'",
  );
  const prefixPage = db.prepare<[string, number, number], ListItemRow>(
    withPrimaryNumber(
      `SELECT ${pageColumns} FROM contacts c WHERE c.name LIKE ? ESCAPE '\\' ORDER BY ${listOrder('c')} LIMIT ? OFFSET ?`,
    ),
  );
  const matchStatements = new Map<
    number,
    { count: Statement<unknown[], { n: number }>; page: Statement<unknown[], ListItemRow> }
  >();

  function matchQueries(filters: number) {
    let statements = matchStatements.get(filters);
    if (!statements) {
      const where = ['contacts_fts MATCH ?', ...Array<string>(filters).fill(shortWordFilter)].join(' AND ');
      statements = {
        count: db.prepare(`SELECT count(*) AS n FROM contacts_fts f WHERE ${where}`),
        page: db.prepare(
          withPrimaryNumber(
            `SELECT ${pageColumns} FROM contacts_fts f JOIN contacts c ON c.search_id = f.rowid
             WHERE ${where} ORDER BY ${listOrder('c')} LIMIT ? OFFSET ?`,
          ),
        ),
      };
      matchStatements.set(filters, statements);
    }
    return statements;
  }

  return {
    search(query: string, offset: number, limit: number): ContactPage {
      const plan = planContactSearch(query);
      switch (plan.kind) {
        case 'all':
          return { total: allCount.get()?.n ?? 0, items: allPage.all(limit, offset).map(listItemFromRow) };
        case 'name-prefix':
          return {
            total: prefixCount.get(plan.pattern)?.n ?? 0,
            items: prefixPage.all(plan.pattern, limit, offset).map(listItemFromRow),
          };
        case 'match': {
          const statements = matchQueries(plan.filters.length);
          const parameters = [plan.match, ...plan.filters.flatMap((filter) => [filter, filter, filter, filter])];
          return {
            total: statements.count.get(...parameters)?.n ?? 0,
            items: statements.page.all(...parameters, limit, offset).map(listItemFromRow),
          };
        }
        default:
          return assertNever(plan);
      }
    },
  };
}

export type ContactSearchQueries = ReturnType<typeof createContactSearchQueries>;
