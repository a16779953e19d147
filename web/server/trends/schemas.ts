/** TypeBox schemas of the time and hardware endpoints' inputs, and parsing of their entity id lists. */
import { Type, type Static } from '@sinclair/typebox';
import { ENTITY_LABELS, type EntityLabel } from '../../../graph-schema/model.ts';
import { parseNodeId } from '../../../graph-schema/keys.ts';
import { badRequest } from '../errors.ts';
import { TypesSchema } from '../../shared/requests.ts';
import { DEFAULT_MIN_COUNT } from './rising-score.ts';

const ENTITY_ALTERNATION = ENTITY_LABELS.join('|');
const ENTITY_ID = `(${ENTITY_ALTERNATION}):[^,]+`;

/** A year, month or day with its year: year-less listing days (`05-17`) cannot be placed in time. */
export const DatedSchema = Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' });

/** `Method:lora,Dataset:imagenet`: entity ids, comma-separated (keys never hold commas: they are letters and digits). */
const EntityIdListSchema = (max: number) => Type.String({ pattern: `^${ENTITY_ID}(,${ENTITY_ID}){0,${max - 1}}$`, maxLength: max * 120 });

export const MAX_TREND_IDS = 12;
export const MAX_FOLLOWS = 100;

export const TrendsQuery = Type.Object(
  {
    ids: EntityIdListSchema(MAX_TREND_IDS),
    from: Type.Optional(DatedSchema),
    to: Type.Optional(DatedSchema),
    bucket: Type.Union([Type.Literal('month'), Type.Literal('year')], { default: 'month' }),
  },
  { additionalProperties: false },
);
export type TrendsQuery = Static<typeof TrendsQuery>;

export const RisingQuery = Type.Object(
  {
    from: Type.Optional(DatedSchema),
    to: Type.Optional(DatedSchema),
    types: Type.Optional(TypesSchema),
    minCount: Type.Integer({ minimum: 1, maximum: 100_000, default: DEFAULT_MIN_COUNT }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  },
  { additionalProperties: false },
);
export type RisingQuery = Static<typeof RisingQuery>;

export const WhatsNewQuery = Type.Object(
  {
    listing: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    from: Type.Optional(DatedSchema),
    to: Type.Optional(DatedSchema),
    follow: Type.Optional(EntityIdListSchema(MAX_FOLLOWS)),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    token: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type WhatsNewQuery = Static<typeof WhatsNewQuery>;

export const HardwareQuery = Type.Object(
  {
    of: Type.String({ pattern: `^${ENTITY_ID}$`, maxLength: 600 }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
  },
  { additionalProperties: false },
);
export type HardwareQuery = Static<typeof HardwareQuery>;

export interface EntityIdRef {
  label: EntityLabel;
  key: string;
}

/** The schemas guarantee the shape; a bad id is still reported by name rather than thrown as a bug. */
export function parseEntityIds(list: string | undefined): EntityIdRef[] {
  if (!list) return [];
  const refs: EntityIdRef[] = [];
  for (const id of new Set(list.split(','))) {
    const parsed = parseNodeId(id);
    if (!parsed || !(ENTITY_LABELS as readonly string[]).includes(parsed.label))
      throw badRequest(`"${id}" is not an entity id (Label:key).`);
    refs.push({ label: parsed.label as EntityLabel, key: parsed.key });
  }
  return refs;
}

/** Entity types of `types=`, every entity type when absent; papers, claims and listings are refused. */
export function parseEntityTypes(types: string | undefined): EntityLabel[] {
  if (!types) return [...ENTITY_LABELS];
  const chosen = types.split(',');
  const wrong = chosen.filter((label) => !(ENTITY_LABELS as readonly string[]).includes(label));
  if (wrong.length > 0) throw badRequest(`types: ${wrong.join(', ')} ${wrong.length === 1 ? 'is' : 'are'} not an entity type.`);
  return ENTITY_LABELS.filter((label) => chosen.includes(label));
}
