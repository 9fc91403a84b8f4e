// Every npm script runs its command through this file: `node scripts/run.mjs <command> [args…]`.
// On Node 22.12 or newer it simply runs the command. On an older Node (the machines ship Node 20) it prints
// one line and runs the same command under Node 24 through npx, which keeps Node 24 in npm's cache after
// the first download, so `npm ci`, `npm run dev` and `npm test` work as written there too.
// Plain JavaScript with no dependencies, so it runs on any Node that npm itself runs on.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major > 22 || (major === 22 && minor >= 12);
// Node runs the project's TypeScript scripts by stripping types: by default from 22.18 and 23.6, behind a
// flag on 22.12 to 22.17. NODE_OPTIONS carries the flag to every Node process the command starts.
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

const [command, ...args] = process.argv.slice(2);
const script = process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : 'this command';

function run(file, fileArgs, env) {
  const result = spawnSync(file, fileArgs, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`Could not start ${file}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

if (!supported) {
  if (process.env.GUIDANCE_RUN_UNDER_NPX) {
    console.error(`npx started Node ${process.versions.node}, not Node 24: install Node 24 (.nvmrc) and run ${script} again.`);
    process.exit(1);
  }
  console.error(`Node ${process.versions.node} is older than 22.12: running ${script} under Node 24 through npx (npx -y -p node@24).`);
  const self = fileURLToPath(import.meta.url);
  const npx = ['--yes', '--loglevel=error', '--package=node@24', '--', 'node', self, ...(command ? [command, ...args] : [])];
  process.exit(run('npx', npx, { ...process.env, GUIDANCE_RUN_UNDER_NPX: '1' }));
}

if (!command) process.exit(0);
// Astro's anonymous usage report is off for every command: each build would otherwise run git, look for the
// package manager and try to post to Astro's server, which these machines cannot reach (the npm registry
// only); and the site benchmark's Starlight builds run with it off too (scripts/bench-starlight.mjs).
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(stripsTypes
    ? {}
    : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-strip-types --disable-warning=ExperimentalWarning`.trim() }),
};
// `node` means this very Node, whatever else is on PATH.
process.exit(run(command === 'node' ? process.execPath : command, args, env));
