/** `withdraw`: mark a released (not current) version withdrawn; its pages stay, with the reason. */
import { requireCleanCheck } from './check.ts';
import { parseManifest, readRawManifest, refuse, requireVersionId, writeManifest, type Print } from './shared.ts';

export interface WithdrawOptions {
  id?: string;
  reason?: string;
  date: string;
}

export function withdraw(root: string, options: WithdrawOptions, out: Print): void {
  const id = requireVersionId(options.id, 'version to withdraw');
  const reason = options.reason?.trim();
  if (!reason || reason.length < 10)
    refuse('give the reason readers will see, e.g. --reason "Table 3 used the wrong grid factor; use version 0.3"');
  const raw = readRawManifest(root);
  const manifest = parseManifest(raw);
  const entry = manifest.versions.find((v) => v.id === id);
  if (!entry) refuse(`there is no version "${id}"`);
  if (entry!.status === 'withdrawn') refuse(`version ${id} is already withdrawn`);
  if (entry!.status === 'draft') refuse(`version ${id} is a draft, never released; remove its folder and manifest entry instead`);
  if (entry!.status === 'current') refuse(`version ${id} is the current version; release a replacement first, then withdraw ${id}`);
  requireCleanCheck(root, 'Withdrawing');

  const target = raw.versions.find((v) => v.id === id)!;
  target.status = 'withdrawn';
  target.withdrawnReason = reason;
  target.withdrawnDate = options.date;
  writeManifest(root, raw);
  out(`withdraw: version ${id} is withdrawn (${options.date}). Its pages stay online with the reason.`);
}
