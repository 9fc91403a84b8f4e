/** Which guidance version a page belongs to, read from its URL (/0.2/... or /latest/...). */
import { LATEST } from './paths.ts';

export function versionFromPath(pathname: string, currentVersionId: string): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  if (!first) return undefined;
  if (first === LATEST) return currentVersionId;
  return /^\d+\.\d+$/.test(first) ? first : undefined;
}
