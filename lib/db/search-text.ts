import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { searchTextOf } from './stored';

const withSearchText = (value: unknown): unknown =>
  typeof value === 'object' && value !== null
    ? { ...value, searchText: searchTextOf(value) }
    : value;

/**
 * Computes each posting's `searchText` as it is written, whoever writes it (capture, status,
 * import, merge): a derived column that no write path can forget or leave stale.
 */
export const searchTextMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'postings-search-text',
  create: (down) => ({
    ...down,
    table(name: string): DBCoreTable {
      const table = down.table(name);
      if (name !== 'postings') return table;
      return {
        ...table,
        mutate(req: DBCoreMutateRequest) {
          if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
          return table.mutate({ ...req, values: req.values.map(withSearchText) });
        },
      };
    },
  }),
};
