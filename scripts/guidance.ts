// `npm run guidance -- <command>`: the working group's release tool. The logic is in
// src/lib/guidance-cli.ts (tested in tests/unit/lib/guidance-cli.test.ts); this file only wires it to the
// process. Node 24 runs it directly (built-in type stripping: no build step, no extra package).
import { fileURLToPath } from 'node:url';
import { runGuidance } from '../src/lib/guidance-cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runGuidance(process.argv.slice(2), { root });
