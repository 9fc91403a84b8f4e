// `npm run guidance -- <command>`: the working group's release tool. The logic is in
// src/lib/guidance-cli.ts (tested in tests/unit/lib/guidance-cli.test.ts); this file only wires it to the
// process. Run with Node 24's type stripping via scripts/register-ts.mjs (no build step, no extra package).
import { fileURLToPath } from 'node:url';
import { runGuidance } from '../src/lib/guidance-cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = await runGuidance(process.argv.slice(2), { root });
