'use strict';
// Helpers shared by the offline VS Code runner (./code) and the browser e2e test: start code-server
// (installed by scripts/vscode/setup.sh) in its own process group with throw-away profile folders,
// and drive it with Debian's Chromium through playwright-core.

const cp = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const os = require('os');
const path = require('path');

const CODE_SERVER_VERSION = process.env.GONGWEN_CODE_SERVER_VERSION || '4.100.3';
const CACHE = process.env.GONGWEN_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'gongwen-vscode');
const CHROMIUM = process.env.GONGWEN_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SETUP_HINT = 'run scripts/vscode/setup.sh first';

function log(...args) {
  console.log('[vscode-runner]', ...args);
}

function codeServerEntry() {
  const entry = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} not found at ${entry}: ${SETUP_HINT}`);
  }
  return entry;
}

function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: ${SETUP_HINT} (or set GONGWEN_CHROMIUM)`);
  }
  return CHROMIUM;
}

/** A temporary folder with the profile folders one code-server + browser run needs. */
function makeProfile(prefix = 'gongwen-vscode-') {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    xdgConfig: path.join(root, 'xdg-config'),
    xdgData: path.join(root, 'xdg-data'),
    xdgCache: path.join(root, 'xdg-cache'),
    browser: path.join(root, 'browser'),
    logFile: path.join(root, 'code-server.log'),
  };
  for (const [k, d] of Object.entries(dirs)) {
    if (k !== 'root' && k !== 'logFile') fs.mkdirSync(d, { recursive: true });
  }
  // User settings that keep the workbench quiet and deterministic.
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'files.autoSave': 'off',
        'chat.commandCenter.enabled': false,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
      },
      null,
      2,
    ),
  );
  return dirs;
}

function removeProfile(dirs) {
  if (process.env.GONGWEN_KEEP_TMP) {
    log(`keeping ${dirs.root} (GONGWEN_KEEP_TMP)`);
    return;
  }
  try {
    fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
  } catch (e) {
    log(`could not remove ${dirs.root}: ${e.message}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Environment for code-server: private XDG folders, no variables of an enclosing VS Code. */
function codeServerEnv(dirs, extra) {
  const env = { ...process.env, ...(extra || {}) };
  for (const k of Object.keys(env)) {
    if (/^(VSCODE_|ELECTRON_)/.test(k) && !k.startsWith('VSCODE_TEST')) delete env[k];
  }
  env.XDG_CONFIG_HOME = dirs.xdgConfig;
  env.XDG_DATA_HOME = dirs.xdgData;
  env.XDG_CACHE_HOME = dirs.xdgCache;
  // No extension gallery: offline, the default (open-vsx.org) only produces lookup errors.
  if (env.EXTENSIONS_GALLERY === undefined) env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/** `code-server --install-extension vsix --extensions-dir E` (synchronous, bounded). */
function installExtension(dirs, vsix) {
  const entry = codeServerEntry();
  const r = cp.spawnSync(
    process.execPath,
    [entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'],
    { env: codeServerEnv(dirs), encoding: 'utf8', timeout: 120000 },
  );
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.error || r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`code-server --install-extension ${vsix} failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`);
  }
  return out.trim();
}

function httpGet(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode || 0);
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server on a free loopback port, in its own process group, and waits until it answers.
 * Returns { port, origin, pid, stop() }.
 */
async function startCodeServer(dirs, { env, timeoutMs = 60000 } = {}) {
  const entry = codeServerEntry();
  const port = await freePort();
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
  ];
  const logFd = fs.openSync(dirs.logFile, 'a');
  const child = cp.spawn(process.execPath, args, {
    env: codeServerEnv(dirs, env),
    detached: true, // own process group: stop() kills code-server and its extension hosts together
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.pid === undefined) return;
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* group already gone */
      }
    };
    kill('SIGTERM');
    for (let i = 0; i < 50; i++) {
      try {
        process.kill(-child.pid, 0);
      } catch {
        return; // no process left in the group
      }
      await sleep(100);
    }
    kill('SIGKILL');
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited early (${JSON.stringify(exited)}); its log:\n${tail(dirs.logFile)}`);
    }
    if ((await httpGet(`${origin}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${origin} within ${timeoutMs / 1000}s; its log:\n${tail(dirs.logFile)}`);
    }
    await sleep(200);
  }
  return { port, origin, pid: child.pid, stop };
}

/** Headless Debian Chromium with a persistent (throw-away) profile. */
async function launchBrowser(dirs, { viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = require('playwright-core');
  return chromium.launchPersistentContext(dirs.browser, {
    executablePath: checkChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'zh-CN',
    timeout: 60000,
    // Chromium's crash handler writes under $XDG_CONFIG_HOME/chromium: keep it in the profile.
    env: { ...process.env, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache, XDG_DATA_HOME: dirs.xdgData },
  });
}

/** The workbench URL that opens `folder` and loads/tests an extension through the `payload` parameter. */
function workbenchUrl(origin, { folder, extensionDevelopmentPaths = [], extensionTestsPath } = {}) {
  const remote = `vscode-remote://${new URL(origin).host}`;
  const payload = [];
  for (const p of extensionDevelopmentPaths) payload.push(['extensionDevelopmentPath', remote + path.resolve(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote + path.resolve(extensionTestsPath)]);
  const q = [];
  if (folder) {
    const abs = path.resolve(folder);
    q.push(`${abs.endsWith('.code-workspace') ? 'workspace' : 'folder'}=${encodeURIComponent(abs)}`);
  }
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${origin}/${q.length ? `?${q.join('&')}` : ''}`;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

module.exports = {
  CACHE,
  CODE_SERVER_VERSION,
  CHROMIUM_ARGS,
  codeServerEntry,
  checkChromium,
  makeProfile,
  removeProfile,
  installExtension,
  startCodeServer,
  launchBrowser,
  workbenchUrl,
  tail,
  sleep,
  log,
};
