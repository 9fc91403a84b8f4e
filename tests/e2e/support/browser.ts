/** Launches Debian's Chromium with the flags these machines need and records page problems. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export { builtPages, builtPagesLargestFirst } from '../../../scripts/site-checks/dist-files.ts';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  requests: { url: string; type: string }[];
}

/** Records on `page` its console errors, failed or error-status requests and every request, in `problems()`. */
function watchProblems(page: Page, problems: () => PageProblems): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems().consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems().consoleErrors.push(error.message));
  page.on('request', (request) => problems().requests.push({ url: request.url(), type: request.resourceType() }));
  page.on('requestfailed', (request) => problems().failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems().failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
}

const noProblems = (): PageProblems => ({ consoleErrors: [], failedRequests: [], requests: [] });

/** Opens a page and collects console errors, failed or error-status requests and every request made. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const problems = noProblems();
  watchProblems(page, () => problems);
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

/**
 * One page for a series of visits, each visit with problems of its own (as openPage collects them). A sweep
 * over many pages visits them in a few such pages rather than opening one per visit: Chromium then keeps
 * the renderer, its compiled axe-core and its warmed-up JavaScript from visit to visit (twelve pages with axe,
 * one after another: 10 s instead of 27 s; the every-page sweep: 209 s instead of 352 s). Each visit starts
 * from a blank page, so that nothing the last page did is counted against the next.
 */
export async function reusablePage(
  context: BrowserContext,
): Promise<{ page: Page; visit(url: string): Promise<{ page: Page; problems: PageProblems }> }> {
  const page = await context.newPage();
  let problems = noProblems();
  watchProblems(page, () => problems);
  return {
    page,
    async visit(url) {
      await page.goto('about:blank');
      problems = noProblems();
      await page.goto(url, { waitUntil: 'load' });
      return { page, problems };
    },
  };
}

/**
 * The page's cumulative layout shift so far: 0 when nothing moved. A buffered observer holds every shift
 * recorded since navigation, and takeRecords hands them over at once, so nothing waits to learn there was none.
 */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const shifts = observer.takeRecords() as (PerformanceEntry & { value: number })[];
    observer.disconnect();
    return shifts.reduce((sum, entry) => sum + entry.value, 0);
  });
}

/**
 * Whether the island holding `inside` (or being it) is ready for input. Astro drops the `ssr` attribute
 * when hydration starts, but the inputs stay disabled until React's render after hydration, which also
 * removes the static note; focusing a disabled input does nothing, so a test that types or tabs waits for
 * this (on a busy CI machine the gap was long enough to fail a keyboard test).
 */
export function islandReady(inside: Locator): Promise<boolean> {
  return inside.evaluate((el) => {
    const host = el.closest('astro-island');
    return !!host && !host.hasAttribute('ssr') && !host.querySelector('.calc-static-note');
  });
}

/** Pages that redirect to the versioned address (the /latest/ aliases). */
export function isAlias(path: string): boolean {
  return path.startsWith('/latest/');
}

const axeSource = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules whose outcome depends on the palette or the layout: what a second pass over the same page in the
 * other theme, at phone width, needs to check (the rest of WCAG has been checked once already).
 */
export const THEME_AND_LAYOUT_RULES = [
  'color-contrast',
  'link-in-text-block',
  'target-size',
  'scrollable-region-focusable',
  'meta-viewport',
];

/** Runs axe-core against WCAG 2.0, 2.1 and 2.2 A and AA rules, or only the named rules. */
export async function runAxe(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as an inline <script>: the site's CSP (rightly)
  // refuses inline scripts it has no hash for.
  await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, runOnly);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join('; ')}`,
    )
    .join('\n');
}
