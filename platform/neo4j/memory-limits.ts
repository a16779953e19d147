/**
 * Transaction memory limits of the managed Neo4j, sized from its JVM heap: one query may use a quarter of the heap,
 * all transactions together at most 70 %, so a runaway read is cut off with a MemoryLimitExceeded error instead of
 * exhausting the heap (the JVM exits on OutOfMemoryError).
 */
import { Neo4jSetupError } from './errors.ts';

const UNIT_BYTES: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

export const PER_TRANSACTION_SHARE = 0.25;
export const ALL_TRANSACTIONS_SHARE = 0.7;

export interface TransactionMemoryLimits {
  /** `db.memory.transaction.max`, e.g. "512m". */
  perTransaction: string;
  /** `dbms.memory.transaction.total.max`, e.g. "1433m". */
  total: string;
}

/** Bytes in a JVM size such as "2g", "768m", "1500M" or "1073741824". */
export function jvmSizeBytes(size: string): number {
  const match = /^(\d+)([kmgt])?$/i.exec(size.trim());
  if (!match) {
    throw new Neo4jSetupError(`PAPERGRAPH_NEO4J_HEAP "${size}" is not a JVM size.`, 'use a number with k, m or g, e.g. 2g or 768m.');
  }
  return Number(match[1]) * (match[2] ? UNIT_BYTES[match[2].toLowerCase()] : 1);
}

function mebibytes(bytes: number): string {
  return `${Math.max(1, Math.floor(bytes / UNIT_BYTES.m))}m`;
}

export function transactionMemoryLimits(heap: string): TransactionMemoryLimits {
  const heapBytes = jvmSizeBytes(heap);
  return { perTransaction: mebibytes(heapBytes * PER_TRANSACTION_SHARE), total: mebibytes(heapBytes * ALL_TRANSACTIONS_SHARE) };
}
