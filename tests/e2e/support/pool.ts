/**
 * Runs a task over many items with a few in flight at once. The browser tests share one Chromium and
 * open pages in parallel contexts rather than one after another: on a 2-core machine most of a page's
 * time is spent waiting on layout and axe, which overlap well.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, worker: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  // `worker` (0 to limit - 1) lets a task keep something of its own from item to item, such as a page.
  const worker = async (_: unknown, worker: number) => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, worker);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
