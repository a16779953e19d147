/**
 * Runs Neo4j's own offline importer (`neo4j-admin database import full`, class org.neo4j.cli.AdminTool from the
 * jars in .neo4j/lib) on the managed data directory. The launcher must not be running on it: the importer writes
 * the store files directly.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessAlive, readState } from '../../platform/neo4j/launcher-process.ts';
import { NEO4J_LIB_DIR } from '../../platform/neo4j/paths.ts';
import { ensureNeo4jJars } from '../../platform/neo4j/prerequisites.ts';
import { ARRAY_DELIMITER } from './csv-table.ts';
import type { ImportTable } from './import-files.ts';

export interface AdminImportResult {
  ms: number;
  nodes: number;
  relationships: number;
}

/** The Neo4j home the launcher gives the embedded server (Launcher.java: `<data dir>/home`). */
export function neo4jHomeOf(dataDir: string): string {
  return join(dataDir, 'home');
}

/**
 * Multi-line parsing only for the files that need it (format v2 takes their list): with `--multiline-fields=true`
 * every file was read that way, which is what kept the import under 100,000 relationships/s.
 */
function multilineArguments(tables: ImportTable[]): string[] {
  const multiline = tables.filter((entry) => entry.table.multiline).map((entry) => entry.table.dataPath);
  return multiline.length === 0 ? [] : ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`];
}

function importArguments(tables: ImportTable[]): string[] {
  return [
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    `--array-delimiter=${ARRAY_DELIMITER}`,
    ...multilineArguments(tables),
    '--high-parallel-io=on',
    ...tables.map((entry) => `--${entry.kind}=${entry.name}=${entry.table.headerPath},${entry.table.dataPath}`),
  ];
}

const count = (output: string, what: string): number => Number(new RegExp(`(\\d+) ${what}\\n`).exec(output)?.[1] ?? 0);

export async function runAdminImport(
  dataDir: string,
  tables: ImportTable[],
  options: { heap?: string; log?: (line: string) => void } = {},
): Promise<AdminImportResult> {
  const running = readState(dataDir);
  if (running && isProcessAlive(running.pid)) {
    throw new Error(`a Neo4j is running on ${dataDir} (pid ${running.pid}): stop it first (npm run neo4j -- stop --data-dir ${dataDir})`);
  }
  ensureNeo4jJars(options.log);
  mkdirSync(neo4jHomeOf(dataDir), { recursive: true });
  const started = Date.now();
  const child = spawn(
    'java',
    [`-Xmx${options.heap ?? '1g'}`, '-cp', `${NEO4J_LIB_DIR}/*`, 'org.neo4j.cli.AdminTool', ...importArguments(tables)],
    {
      env: { ...process.env, NEO4J_HOME: neo4jHomeOf(dataDir) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', resolve);
  });
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`);
  const imported = output.slice(output.lastIndexOf('Imported:'));
  return { ms: Date.now() - started, nodes: count(imported, 'nodes'), relationships: count(imported, 'relationships') };
}
