/** TypeBox schemas of the results endpoints' inputs (issue 14). */
import { Type, type Static } from '@sinclair/typebox';
import { NodeRefSchema } from './requests.ts';

export const LeaderboardQuery = Type.Object(
  {
    dataset: NodeRefSchema,
    metric: NodeRefSchema,
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);
export type LeaderboardQuery = Static<typeof LeaderboardQuery>;

export const CompareQuery = Type.Object(
  {
    a: NodeRefSchema,
    b: NodeRefSchema,
    /** Entities per facet side and papers naming both. */
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  },
  { additionalProperties: false },
);
export type CompareQuery = Static<typeof CompareQuery>;

export const ResultPairsQuery = Type.Object(
  { of: NodeRefSchema, limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }) },
  { additionalProperties: false },
);
export type ResultPairsQuery = Static<typeof ResultPairsQuery>;
