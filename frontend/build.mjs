// Builds the front-end bundles into frontend/dist/<bundle>/, which the .NET projects embed and
// serve from our own origin. Run by MSBuild (Frontend.targets) before a consuming project builds;
// several projects may call it at once, so it takes a lock and skips work when nothing changed.
// Each bundle is a file in bundles/ exporting `build({ esbuild, browserBundle, outdir, root })`.
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const lock = join(root, '.build-lock');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
}

// What the output depends on: the lock file, this script and every bundle source.
function fingerprint() {
  const hash = createHash('sha256');
  const inputs = [join(root, 'package-lock.json'), join(root, 'build.mjs'), ...files(join(root, 'bundles'))];
  if (existsSync(join(root, 'src'))) inputs.push(...files(join(root, 'src')));
  for (const f of inputs.sort()) hash.update(f.slice(root.length)).update(readFileSync(f));
  return hash.digest('hex');
}

// The lock is a directory holding the owner's pid; a lock whose owner is gone is taken over.
function ownerAlive() {
  try { process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0); return true; } catch { return false; }
}

async function acquireLock() {
  for (let i = 0; i < 1200; i++) {
    try { mkdirSync(lock); writeFileSync(join(lock, 'pid'), String(process.pid)); return; } catch {
      if (i > 4 && !ownerAlive()) rmSync(lock, { recursive: true, force: true });
      await new Promise(r => setTimeout(r, 250));
    }
  }
  throw new Error('Timed out waiting for another front-end build to finish.');
}

async function buildAll() {
  installPackages();
  const stamp = join(dist, '.fingerprint');
  const current = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === current) return;

  rmSync(dist, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  // What every script bundled for the browser shares; a bundle adds its entry and output file.
  const browserBundle = options => esbuild.build({
    bundle: true, minify: true, format: 'esm', target: ['es2020'], platform: 'browser',
    legalComments: 'none', logLevel: 'warning', ...options,
  });
  for (const file of readdirSync(join(root, 'bundles')).filter(f => f.endsWith('.mjs')).sort()) {
    const name = file.replace(/\.mjs$/, '');
    const outdir = join(dist, name);
    mkdirSync(outdir, { recursive: true });
    const bundle = await import(pathToFileURL(join(root, 'bundles', file)).href);
    await bundle.build({ esbuild, browserBundle, outdir, root });
    console.log(`frontend: built ${name}`);
  }
  writeFileSync(stamp, current);
}

function installPackages() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lockFile = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockFile).mtimeMs) return;
  console.log('frontend: installing npm packages (npm ci)');
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: root, stdio: 'inherit' });
}

await acquireLock();
try {
  await buildAll();
} finally {
  rmSync(lock, { recursive: true, force: true });
}
