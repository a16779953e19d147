import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../web/server/database.ts';
import { ApiError } from '../../../web/server/errors.ts';

describe('explorer query errors', () => {
  it('answers a Neo4j transaction timeout with 504 query_timeout, never 408 (which browsers re-send)', () => {
    const timedOut = new Neo4jError(
      'The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the specified timeout (dbms.transaction.timeout).',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'GQL',
      'timeout',
    );
    const mapped = toApiError(timedOut);
    expect(mapped).toBeInstanceOf(ApiError);
    expect(mapped).toMatchObject({ statusCode: 504, error: 'query_timeout' });
    expect((mapped as ApiError).message).toMatch(/stopped the query after 20 s/);
  });

  it('leaves other errors as they are', () => {
    const other = new Error('something else');
    expect(toApiError(other)).toBe(other);
  });
});
