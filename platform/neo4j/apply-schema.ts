import type { Driver } from 'neo4j-driver';
import { SCHEMA_STATEMENTS } from '../../graph-schema/statements.ts';

/** Creates every constraint and index that is missing, then waits until all indexes are online. */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
