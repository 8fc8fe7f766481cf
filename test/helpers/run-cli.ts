import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const projectRoot = path.resolve(__dirname, '../..');
// The TypeScript loader, by absolute URL so the CLI can run from any working directory.
const tsx = pathToFileURL(path.join(projectRoot, 'node_modules/tsx/dist/loader.mjs')).href;

/** Runs the CLI from source, as a user would run the built one; no colours. */
export function runCli(args: string[], { input, cwd = projectRoot }: { input?: string; cwd?: string } = {}) {
  const run = spawnSync(process.execPath, ['--import', tsx, path.join(projectRoot, 'src/cli/main.ts'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
