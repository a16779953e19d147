/** What every route needs: the database and the server's settings. */
import type { GraphDatabase } from './database.ts';
import type { CypherConsole } from './console/cypher-console.ts';

export interface ApiContext {
  db: GraphDatabase;
  console: CypherConsole;
}
