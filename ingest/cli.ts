/**
 * papergraph ingest CLI.
 *   extract [--format daily|jsonl|csv] [--strict] [--workers N] PATH...   one JSON line per paper
 *   ingest  [--format ...] [--strict] [--workers N] [--batch-size N] [--force] [PATH...]   into Neo4j
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import type { IngestCommandOptions } from './cli-options.ts';
import { addFilterOptions, filterFromOptions, type FilterCliOptions } from './filter-options.ts';
import { runExtract } from './pipeline/extract-command.ts';
import type { SourceFormat } from './types.ts';

const FORMATS: SourceFormat[] = ['daily', 'jsonl', 'csv'];

function count(name: string, minimum: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < minimum) throw new InvalidArgumentError(`${name} must be an integer >= ${minimum}`);
    return Number(value);
  };
}

interface SharedOptions extends FilterCliOptions {
  format?: SourceFormat;
  strict?: boolean;
  workers?: number;
}

const formatOption = (): Option =>
  new Option('--format <format>', 'input format for every PATH (default: detected per file)').choices(FORMATS);
const workersOption = (): Option =>
  new Option('--workers <n>', 'extraction worker threads (0 = in-process; default: all cores for large inputs)').argParser(
    count('--workers', 0),
  );

const program = new Command()
  .name('ingest/cli.ts')
  .description('Read paper listings, extract methods, datasets, hardware and claims, load them into Neo4j.')
  .showHelpAfterError();

addFilterOptions(program.command('extract'))
  .description('print one JSON object per paper to stdout (warnings and a summary go to stderr)')
  .argument('<paths...>', 'listing files or directories (.txt daily dumps, .jsonl/.json, .csv, optionally .gz)')
  .addOption(formatOption())
  .option('--strict', 'exit non-zero when there were warnings', false)
  .addOption(workersOption())
  .action(async (paths: string[], options: SharedOptions) => {
    process.exitCode = await runExtract({
      paths,
      format: options.format,
      strict: options.strict ?? false,
      workers: options.workers,
      ...filterFromOptions(options),
    });
  });

addFilterOptions(program.command('ingest'))
  .description('extract the listings and load them into Neo4j')
  .argument('[paths...]', 'listing files or directories (default: data/)')
  .addOption(formatOption())
  .option('--strict', 'exit non-zero when there were warnings', false)
  .addOption(workersOption())
  .option('--batch-size <n>', 'papers per Neo4j transaction', count('--batch-size', 1), 500)
  .option('--force', 're-extract and reload every paper, even when already loaded', false)
  .option('--bulk', 'first load into an empty managed database through neo4j-admin database import (offline, fast)', false)
  .addOption(
    new Option('--derive <mode>', 'derived structure: full rebuild, incremental update of what the new papers touch, or auto')
      .choices(['auto', 'full', 'incremental'])
      .default('auto'),
  )
  .action(
    async (
      paths: string[],
      options: SharedOptions & { batchSize: number; force?: boolean; bulk?: boolean; derive: 'auto' | 'full' | 'incremental' },
    ) => {
      const { runIngest } = await import('./pipeline/ingest-command.ts');
      const ingestOptions: IngestCommandOptions = {
        paths: paths.length > 0 ? paths : ['data/'],
        format: options.format,
        strict: options.strict ?? false,
        workers: options.workers,
        batchSize: options.batchSize,
        force: options.force ?? false,
        deriveMode: options.derive,
        bulk: options.bulk ?? false,
        ...filterFromOptions(options),
      };
      if (ingestOptions.bulk) {
        const { runBulkIngest } = await import('./bulk/command.ts');
        process.exitCode = await runBulkIngest(ingestOptions);
      } else process.exitCode = await runIngest(ingestOptions);
    },
  );

await program.parseAsync(process.argv);
