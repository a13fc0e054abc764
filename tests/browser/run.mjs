// Builds the app, serves the production build on 127.0.0.1, and runs every tests/browser/*.test.mjs
// against it with Node's test runner. Fails (never skips) when Chromium is missing.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';
import { freePort, startPreview } from './preview-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  findChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// A free port unless one is given, so runs in several worktrees at once do not collide on a fixed one.
const port = Number(process.env.BROWSER_TEST_PORT ?? (await freePort()));
const { url, stop } = await startPreview(root, port);

const dir = join(root, 'tests', 'browser');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => join(dir, f));

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, APP_URL: url },
});
stop();
process.exit(result.status ?? 1);
