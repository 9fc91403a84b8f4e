// Stops npm scripts at once on a Node that is too old, with the fix, instead of
// letting Astro or Vitest fail deep inside with a stack trace.
// Written in plain ES2015-compatible JavaScript so it runs on any Node.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    '\nThis project needs Node.js 22.12 or newer (it targets Node 24 LTS); this is Node ' +
      process.versions.node + '.\n' +
      'Run the same command through Node 24 without installing anything globally:\n\n' +
      '  npx -y -p node@24 -- npm ' + (process.env.npm_lifecycle_event ? 'run ' + process.env.npm_lifecycle_event : 'test') + '\n\n' +
      'or install Node 24 with your version manager (.nvmrc says 24).\n'
  );
  process.exit(1);
}
