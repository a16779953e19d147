import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../platform/neo4j/paths.ts';

/** Probe files live inside the tree so the project's own config (and its boundaries) applies; `*.tmp.ts` is git-ignored. */
const probes: string[] = [];

function writeProbe(relativePath: string, source: string): string {
  const file = join(PROJECT_ROOT, relativePath);
  writeFileSync(file, source);
  probes.push(file);
  return file;
}

async function lintMessages(file: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await new ESLint({ cwd: PROJECT_ROOT }).lintFiles([file]);
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

afterEach(() => {
  for (const file of probes.splice(0)) rmSync(file, { force: true });
});

describe('ESLint (npm run lint)', () => {
  it('passes on the whole tree', async () => {
    const results = await new ESLint({ cwd: PROJECT_ROOT }).lintFiles(['.']);
    const errors = results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => `${result.filePath}:${message.line} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  }, 300_000);

  it('fails a client file that imports a Node built-in', async () => {
    const file = writeProbe(
      'web/client/src/boundary-probe.tmp.ts',
      "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    );
    expect(await lintMessages(file)).toEqual([expect.objectContaining({ ruleId: 'no-restricted-imports' })]);
  });

  it('fails a client file that imports server code or the Neo4j driver', async () => {
    const file = writeProbe(
      'web/client/src/boundary-probe.tmp.ts',
      "import neo4j from 'neo4j-driver';\nimport { buildApp } from '../../server/app.ts';\nexport const both = [neo4j, buildApp];\n",
    );
    const rules = (await lintMessages(file)).map((message) => message.ruleId);
    expect(rules).toEqual(['no-restricted-imports', 'import-x/no-restricted-paths']);
  });

  it('fails product code that imports scripts/, and graph-schema importing anything', async () => {
    const product = writeProbe(
      'ingest/boundary-probe.tmp.ts',
      "import { CLIENT_DIST } from '../scripts/client-build.ts';\nexport const dist = CLIENT_DIST;\n",
    );
    expect((await lintMessages(product)).map((message) => message.ruleId)).toContain('import-x/no-restricted-paths');
    const model = writeProbe(
      'graph-schema/boundary-probe.tmp.ts',
      "import { openDriver } from '../platform/neo4j/driver.ts';\nexport const open = openDriver;\n",
    );
    expect((await lintMessages(model)).map((message) => message.ruleId)).toContain('import-x/no-restricted-paths');
  });
});
