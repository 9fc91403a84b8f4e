/** One thread's share of the hardening step (site-hardening.ts): hardens each page in place, answers its policy. */
import { readFileSync, writeFileSync } from 'node:fs';
import { workerJob } from '../../scripts/site-checks/in-workers.ts';
import { hardenPage, type PagePolicy } from './csp.ts';

workerJob<string, PagePolicy>((file) => {
  const { html, policy } = hardenPage(readFileSync(file, 'utf8'));
  writeFileSync(file, html);
  return policy;
});
