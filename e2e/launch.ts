/**
 * How the suite and the benchmark start Collate: a fresh workspace, the browser shell as a child
 * process, and a Chromium that exists on this machine. Shared by e2e/fixtures.ts and bench/run.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';

export const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'collate.js');
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const RUNNING = /Collate is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([^\s]+))/;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
];

/** Playwright's own Chromium when it is installed, else the system's. */
export function chromiumLaunchOptions(): LaunchOptions {
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // no browser registry entry: use the system Chromium
  }
  const executablePath = bundled && existsSync(bundled) ? undefined : SYSTEM_CHROMIUM;
  return { executablePath, args: CHROMIUM_ARGS };
}

export interface Workspace {
  dir: string;
  remove(): void;
}

/** A new temp folder made a workspace by the CLI, as a user would (`collate init <dir>`). */
export function createWorkspace(prefix = 'collate-e2e-'): Workspace {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(parent, 'study');
  const run = spawnSync(process.execPath, [CLI, 'init', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) {
    rmSync(parent, { recursive: true, force: true });
    throw new Error(`collate init failed (exit ${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
  }
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

export interface BrowserShell {
  /** The address printed by `collate serve`, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Everything the server wrote so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Runs `collate serve <dir> --port 0` and resolves once it printed where it listens. */
export function startBrowserShell(dir: string, timeoutMs = 60_000): Promise<BrowserShell> {
  const child = spawn(process.execPath, [CLI, 'serve', dir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stdout = '';
  let stderr = '';
  const output = (): string => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 5_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };
  return new Promise<BrowserShell>((resolvePromise, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`collate serve did not say where it runs within ${timeoutMs} ms.\n${output()}`));
    }, timeoutMs);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = RUNNING.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      const url = match[1]!;
      resolvePromise({ url, origin: new URL(url).origin, port: Number(match[2]), token: match[3]!, output, stop });
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`collate serve exited (${code ?? signal}) before it was ready.\n${output()}`));
    });
  });
}

/** The Electron binary, found the way node_modules/electron/index.js finds it; null when not installed. */
export function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), relative);
    return relative && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/** Why the desktop window cannot be tested on this machine, or null when it can. */
export function electronUnavailableReason(): string | null {
  if (!electronBinary())
    return 'Electron binary not installed (cannot be downloaded here); the web project covers the same specs';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display (DISPLAY is not set) for the Electron window';
  }
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) return 'the app is not built (run npm run build)';
  return null;
}
