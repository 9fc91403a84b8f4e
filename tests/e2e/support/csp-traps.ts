/** Page-side traps for the security checks: CSP violations and script run by injected markup are recorded. */
import type { Page } from 'playwright-core';

/** Added to a context with addInitScript: runs before any page script. */
export const TRAPS = () => {
  const w = window as unknown as { __cspViolations: string[]; __pwned: number };
  w.__cspViolations = [];
  w.__pwned = 0;
  document.addEventListener('securitypolicyviolation', (event) => {
    w.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  });
};

export const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

/** A request the site itself serves (or an inline data/blob URL), against the test server's base URL. */
export const sameOrigin = (base: string, url: string) =>
  url.startsWith(`${base}/`) || url === base || url.startsWith('data:') || url.startsWith('blob:');
