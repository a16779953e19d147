import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../../platform/neo4j/apply-schema.ts';
import { NODE_LABELS } from '../../../graph-schema/model.ts';
import { testConnection, testDriver } from '../../helpers/neo4j.ts';

async function schemaNames(driver: Driver, database: string) {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name', {}, { database });
  return {
    constraints: constraints.records.map((r) => r.get('name') as string),
    indexes: indexes.records.map((r) => `${r.get('name')}:${r.get('state')}`),
  };
}

describe('graph schema', () => {
  let driver: Driver;
  const { database } = testConnection();
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
  });

  it('is idempotent: applying it twice leaves the same constraints and indexes', async () => {
    await applySchema(driver, database);
    const first = await schemaNames(driver, database);
    await applySchema(driver, database);
    const second = await schemaNames(driver, database);
    expect(second).toEqual(first);
    for (const label of NODE_LABELS) expect(first.constraints).toContain(`${label.toLowerCase()}_key`);
    expect(first.indexes).toContain('entity_search:ONLINE');
    expect(first.indexes).toContain('paper_search:ONLINE');
  });

  it('keeps one node per key: a second MERGE creates nothing and a duplicate CREATE is refused', async () => {
    const key = `schema-test-${Date.now()}`;
    const merge = 'MERGE (m:Method {key: $key}) ON CREATE SET m.name = $key RETURN m';
    await driver.executeQuery(merge, { key }, { database });
    const second = await driver.executeQuery(merge, { key }, { database });
    expect(second.summary.counters.updates().nodesCreated).toBe(0);
    await expect(driver.executeQuery('CREATE (:Method {key: $key})', { key }, { database })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await driver.executeQuery('MATCH (m:Method {key: $key}) RETURN count(m) AS n', { key }, { database });
    expect(records[0].get('n')).toBe(1);
    await driver.executeQuery('MATCH (m:Method {key: $key}) DETACH DELETE m', { key }, { database });
  });

  it('folds accents and case in the full-text index', async () => {
    const key = `schema-fulltext-${Date.now()}`;
    await driver.executeQuery(
      'CREATE (c:Concept:Entity {key: $key, name: "Réseaux Neuronaux Éparses", searchText: "Réseaux Neuronaux Éparses", aliases: [], paperCount: 0})',
      { key },
      { database },
    );
    const { records } = await driver.executeQuery(
      'CALL db.index.fulltext.queryNodes("entity_search", "reseaux neuronaux") YIELD node RETURN node.key AS key',
      {},
      { database },
    );
    expect(records.map((r) => r.get('key'))).toContain(key);
    await driver.executeQuery('MATCH (c:Concept {key: $key}) DETACH DELETE c', { key }, { database });
  });
});
