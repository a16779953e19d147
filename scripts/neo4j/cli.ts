/** `npm run neo4j -- start|stop|status [--data-dir DIR] [--port N]`: the managed Neo4j by hand. */
import { Command } from 'commander';
import { resolve } from 'node:path';
import { Neo4jSetupError } from '../../platform/neo4j/errors.ts';
import { isProcessAlive, readState } from '../../platform/neo4j/launcher-process.ts';
import { resolveNeo4j, stopManagedNeo4j } from '../../platform/neo4j/manager.ts';
import { DEFAULT_DATA_DIR } from '../../platform/neo4j/paths.ts';

const program = new Command('neo4j').description("papergraph's managed Neo4j");

program
  .command('start')
  .description('start (or reuse) the managed Neo4j in the background and print its connection as shell exports')
  .option('--data-dir <dir>', 'data directory', DEFAULT_DATA_DIR)
  .option('--port <port>', 'Bolt port', (value) => Number(value))
  .action(async (options: { dataDir: string; port?: number }) => {
    const connection = await resolveNeo4j({ dataDir: options.dataDir, port: options.port, detached: true, ignoreEnv: true });
    process.stdout.write(
      [
        `export NEO4J_URI=${connection.uri}`,
        `export NEO4J_USER=${connection.user}`,
        `export NEO4J_PASSWORD=${connection.password}`,
        `export NEO4J_DATABASE=${connection.database}`,
      ].join('\n') + '\n',
    );
    process.stderr.write(
      `Open it with: cypher-shell -a ${connection.uri} -u neo4j -p "$(cat ${resolve(options.dataDir)}/password)"\n` +
        `or in Neo4j Browser / Desktop: connect to ${connection.uri} as neo4j with that password.\n`,
    );
  });

program
  .command('stop')
  .description('stop the managed Neo4j running on a data directory (clean shutdown)')
  .option('--data-dir <dir>', 'data directory', DEFAULT_DATA_DIR)
  .action(async (options: { dataDir: string }) => {
    const stopped = await stopManagedNeo4j(options.dataDir);
    process.stderr.write(stopped ? 'Neo4j stopped.\n' : 'No managed Neo4j is running there.\n');
  });

program
  .command('status')
  .option('--data-dir <dir>', 'data directory', DEFAULT_DATA_DIR)
  .action((options: { dataDir: string }) => {
    const state = readState(resolve(options.dataDir));
    const running = state !== null && isProcessAlive(state.pid);
    process.stdout.write(running ? `running: bolt://${state.host}:${state.port} (pid ${state.pid})\n` : 'not running\n');
  });

program.parseAsync().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Neo4jSetupError ? 'papergraph: ' : ''}${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
