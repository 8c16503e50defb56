// `npm run dev`: rebuilds main and preload (esbuild, watch) and the renderer (vite build --watch)
// on every change, and runs Electron on the result, restarting it when main or preload change.
// The renderer is built, not served: it loads from app://factdesk/ under the same CSP as a
// release, so development needs no relaxed policy. After a renderer change, View › Reload.
import { spawn } from 'node:child_process';
import { existsSync, statSync, watch } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outputs = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
const children = new Set();
let electron = null;
let restarting = false;
let stopping = false;

/** Starts a long-running helper; if it dies, development stops. */
function helper(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
  children.add(child);
  child.on('exit', (code) => {
    children.delete(child);
    if (!stopping) stop(`${path.basename(args[0])} exited (${code ?? 'signal'}).`, 1);
  });
  return child;
}

function startElectron() {
  // Resolved here, not at the top: requiring `electron` downloads its binary on first use.
  const binary = createRequire(import.meta.url)('electron');
  electron = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  electron.on('exit', (code) => {
    electron = null;
    if (restarting) {
      restarting = false;
      startElectron();
    } else if (!stopping) {
      stop('Electron quit.', code ?? 0);
    }
  });
}

function restartElectron() {
  if (!electron) return startElectron();
  console.log('dev: main or preload changed; restarting Electron.');
  restarting = true;
  electron.kill();
}

function stop(message, code) {
  stopping = true;
  if (message) console.log(`dev: ${message}`);
  electron?.kill();
  for (const child of children) child.kill();
  process.exitCode = code;
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

helper(['scripts/build-node.mjs', '--watch']);
helper([
  createRequire(import.meta.url).resolve('vite/bin/vite.js'),
  'build',
  '--watch',
  '--config',
  'renderer/vite.config.ts',
  '--logLevel',
  'warn',
]);

// Wait for the first builds, then run Electron; restart it when main or preload are rebuilt.
const waitForBuilds = setInterval(() => {
  if (!outputs.every((file) => existsSync(path.join(root, file)))) return;
  clearInterval(waitForBuilds);
  const bundles = ['main.cjs', 'preload.cjs'].map((name) => path.join(root, 'dist/electron', name));
  let seen = bundles.map(mtime);
  let debounce = null;
  watch(path.join(root, 'dist/electron'), () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => {
      const now = bundles.map(mtime);
      if (now.some((time, index) => time !== seen[index])) {
        seen = now;
        restartElectron();
      }
    }, 250);
  });
  startElectron();
}, 200);

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop('', 0));
