// `npm run check:html`: every built page through the W3C Nu HTML Checker (npm vnu-jar), offline, with the
// machine's Java (17 or newer; `.ci/run` installs Debian's default-jre-headless when there is none).
// Prints each error with its page and line, and exits 1 on any error. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { distFiles, isHtml, requireBuild } from './dist-files.ts';

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const dist = process.argv[2] ?? 'dist';
requireBuild(dist);
const java = process.env.JAVA ?? 'java';
if (spawnSync(java, ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error('The HTML check needs Java 17 or newer: `apt-get install -y default-jre-headless` (Debian), or set JAVA.');
  process.exit(1);
}
const vnu = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const started = performance.now();
const result = spawnSync(java, ['-Xss4m', '-jar', vnu, '--skip-non-html', '--errors-only', '--format', 'json', dist], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
// vnu writes its JSON report to stderr; exit status 1 means it found errors.
let messages: VnuMessage[];
try {
  messages = (JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
} catch {
  console.error(result.stderr || result.stdout || 'vnu produced no report');
  process.exit(1);
}
const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
const pages = distFiles(dist).filter(isHtml).length;
for (const m of errors) {
  const file = m.url ? relative(process.cwd(), decodeURIComponent(new URL(m.url).pathname)) : '(unknown file)';
  console.log(`${file}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, ' ').slice(0, 160)}` : ''}`);
}
console.log(
  `\nHTML check (W3C Nu HTML Checker ${process.env.npm_package_devDependencies_vnu_jar ?? ''}): ${pages} pages, ${errors.length} errors, ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`html: ${pages - new Set(errors.map((m) => m.url)).size} passed, ${new Set(errors.map((m) => m.url)).size} failed`);
process.exit(errors.length ? 1 : 0);
