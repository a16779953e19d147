/** Java and Maven checks, and the one-time Maven fetch of the Neo4j jars. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Neo4jSetupError } from './errors.ts';
import { NEO4J_LIB_DIR, POM_FILE } from './paths.ts';

const MIN_JAVA = 17;

export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export function checkJava(javaCommand = 'java'): number {
  const result = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new Neo4jSetupError(
      `Java is not installed (could not run \`${javaCommand}\`).`,
      `install Java ${MIN_JAVA} or newer (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use another Neo4j.`,
    );
  }
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new Neo4jSetupError(
      `Java ${major ?? '(unknown version)'} found; Neo4j 5.26 needs Java ${MIN_JAVA} or newer.`,
      `install Java ${MIN_JAVA}+ and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI to use another Neo4j.`,
    );
  }
  return major;
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM_FILE)).digest('hex');
}

const COMPLETE_MARKER = join(NEO4J_LIB_DIR, '.complete');

export function jarsPresent(): boolean {
  return existsSync(COMPLETE_MARKER) && readFileSync(COMPLETE_MARKER, 'utf8').trim() === pomHash();
}

/** Fetches the Neo4j jars with Maven once; later calls return at once. */
export function ensureNeo4jJars(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (jarsPresent()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) {
    throw new Neo4jSetupError(
      'Maven is not installed; it fetches the Neo4j jars once.',
      'install Maven (Debian: apt-get install maven), or set NEO4J_URI to use another Neo4j.',
    );
  }
  log('papergraph: fetching Neo4j Community jars with Maven (once; cached in .neo4j/lib)…');
  mkdirSync(NEO4J_LIB_DIR, { recursive: true });
  const fetch = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM_FILE, 'dependency:copy-dependencies', `-DoutputDirectory=${NEO4J_LIB_DIR}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (fetch.status !== 0) {
    const tail = `${fetch.stdout}${fetch.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(
      `Maven could not fetch the Neo4j jars:\n${tail}`,
      'check that Maven Central is reachable (and ~/.m2/settings.xml), then run the command again.',
    );
  }
  writeFileSync(COMPLETE_MARKER, pomHash());
}
