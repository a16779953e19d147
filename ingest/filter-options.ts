/** The paper filters shared by `extract` and `ingest`: `--categories`, `--primary`, `--since`, `--until`, `--limit`. */
import { InvalidArgumentError, type Command } from 'commander';
import { dateBoundProblem, type RecordFilter } from './sources/record-filter.ts';

export interface FilterCliOptions {
  categories?: string[];
  primary?: boolean;
  since?: string;
  until?: string;
  limit?: number;
}

function categoryList(value: string): string[] {
  const categories = value.split(/[\s,]+/).filter(Boolean);
  if (categories.length === 0) throw new InvalidArgumentError('--categories needs at least one category, e.g. cs.LG,cs.CL');
  return categories;
}

function dateBound(name: string) {
  return (value: string): string => {
    const problem = dateBoundProblem(name, value);
    if (problem) throw new InvalidArgumentError(problem);
    return value;
  };
}

function positiveCount(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('--limit must be an integer >= 1');
  return Number(value);
}

export function addFilterOptions(command: Command): Command {
  return command
    .option('--categories <list>', 'only papers in any of these categories (comma-separated, e.g. cs.LG,cs.CL)', categoryList)
    .option('--primary', 'with --categories: match the primary (first) category only', false)
    .option('--since <date>', 'only papers first submitted on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('--since'))
    .option('--until <date>', 'only papers first submitted on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)', dateBound('--until'))
    .option('--limit <n>', 'stop after this many papers (after filtering)', positiveCount);
}

export function filterFromOptions(options: FilterCliOptions): { filter: RecordFilter; limit?: number } {
  return {
    filter: { categories: options.categories, primaryOnly: options.primary ?? false, since: options.since, until: options.until },
    limit: options.limit,
  };
}
