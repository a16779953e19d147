/** A throwaway built client (index.html and an asset, plus any extra files) for tests of static serving. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FakeClientDir {
  path: string;
  remove(): void;
}

/** `extra` maps paths inside the directory (e.g. `assets/app.js.map`) to their text. */
export function fakeClientDir(extra: Record<string, string> = {}): FakeClientDir {
  const path = mkdtempSync(join(tmpdir(), 'papergraph-client-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>papergraph test client</title>',
    'assets/app.js': 'console.log("papergraph");',
    ...extra,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(path, name)), { recursive: true });
    writeFileSync(join(path, name), text);
  }
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
