import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Everything the managed Neo4j writes lives under this git-ignored folder. */
export const NEO4J_HOME = join(PROJECT_ROOT, '.neo4j');
export const NEO4J_LIB_DIR = join(NEO4J_HOME, 'lib');
export const DEFAULT_DATA_DIR = join(NEO4J_HOME, 'data');
export const POM_FILE = join(PROJECT_ROOT, 'platform', 'neo4j', 'pom.xml');
export const LAUNCHER_SOURCE = join(PROJECT_ROOT, 'platform', 'neo4j', 'Launcher.java');

/** Files the launcher keeps in its data directory. */
export function dataDirFiles(dataDir: string) {
  return {
    password: join(dataDir, 'password'),
    state: join(dataDir, 'run.json'),
    log: join(dataDir, 'launcher.log'),
  };
}
