/** Specificity and NPMI: the TypeScript functions and the Cypher built beside them agree on real Neo4j. */
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmi, npmiCypher, specificity, specificityCypher } from '../../../graph-schema/informativeness.ts';
import { openTestDriver } from './graph-helpers.ts';

const SPECIFICITY_CASES: Array<[number, number, boolean]> = [
  [1, 373, false],
  [12, 373, false],
  [373, 373, false],
  [500, 373, false],
  [40, 373, true],
  [3, 1, false],
  [0, 10, false],
];
const NPMI_CASES: Array<[number, number, number, number]> = [
  [5, 5, 5, 373],
  [1, 300, 200, 373],
  [3, 10, 40, 373],
  [0, 4, 4, 373],
  [2, 2, 2, 2],
  [1, 373, 373, 373],
];

describe('informativeness at read time', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = await openTestDriver());
  });

  afterAll(async () => {
    await driver?.close();
  });

  async function cypherValue(expression: string, params: Record<string, unknown>): Promise<number> {
    const { records } = await driver.executeQuery(`RETURN ${expression} AS value`, params, { database });
    return Number(records[0].get('value'));
  }

  it('computes specificity in Cypher as in TypeScript', async () => {
    for (const [paperCount, total, generic] of SPECIFICITY_CASES) {
      const fromCypher = await cypherValue(specificityCypher('$paperCount', '$total', '$generic'), { paperCount, total, generic });
      expect(fromCypher).toBeCloseTo(specificity(paperCount, total, generic), 9);
    }
    expect(specificity(1, 373, false)).toBe(1);
    expect(specificity(373, 373, false)).toBe(0);
    expect(specificity(12, 373, true)).toBe(0);
  });

  it('computes NPMI in Cypher as in TypeScript, and it discounts hubs', async () => {
    for (const [weight, a, b, total] of NPMI_CASES) {
      const fromCypher = await cypherValue(npmiCypher('$weight', '$a', '$b', '$total'), { weight, a, b, total });
      expect(fromCypher).toBeCloseTo(npmi(weight, a, b, total), 9);
    }
    // Three shared papers between two rare names say more than thirty between two hubs.
    expect(npmi(3, 4, 5, 373)).toBeGreaterThan(npmi(30, 200, 250, 373));
  });
});
