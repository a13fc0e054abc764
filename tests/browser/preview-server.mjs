// Serves the production build (dist/) with `vite preview` on 127.0.0.1, for the browser tests and the bench.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A port nothing listens on, so runs in several checkouts at once do not collide on a fixed one. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `vite preview` in `root` and resolves once it listens; `stop()` ends it (also on exit).
 * `extraArgs`, e.g. ['--config', file], serve another build.
 */
export async function startPreview(root, port, extraArgs = []) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', ...extraArgs], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start within 30 s')), 30_000);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop };
}
