// `npm run build`: Astro's static build, then the Pagefind index, timed end to end.
import { spawnSync } from 'node:child_process';

const started = performance.now();
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('astro', ['build']);
const astroDone = performance.now();
run('pagefind', ['--site', 'dist', '--output-subdir', 'pagefind']);
// Page weight per page type, printed and published on /footprint/ (needs the finished build, index included).
run(process.execPath, ['scripts/footprint.mjs']);
const total = performance.now() - started;
console.log(`\nbuild: astro ${((astroDone - started) / 1000).toFixed(1)} s + pagefind ${((total - (astroDone - started)) / 1000).toFixed(1)} s = ${(total / 1000).toFixed(1)} s`);
