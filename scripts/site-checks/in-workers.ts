/**
 * Runs a per-page job of the build over many items on every core, in worker threads. The build's steps
 * after Astro (hardening every page, measuring every page's weight) parse each page with parse5, about 7 ms
 * a page, and one thread left the machine's other core idle: on 2 cores this nearly halves those steps.
 *
 * The worker is a module that reads its items from `workerData`, does the job and posts back one result per
 * item, in order (see `workerJob`). Items are dealt out round-robin, so large and small pages spread evenly
 * over the threads, and the results come back in the items' own order.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Below this many items one thread is quicker than starting others (a worker starts in about 50 ms). */
const MIN_ITEMS_PER_THREAD = 8;

export async function inWorkers<Item, Result>(worker: URL, items: readonly Item[], threads = availableParallelism()): Promise<Result[]> {
  if (items.length === 0) return [];
  const count = Math.max(1, Math.min(threads, Math.floor(items.length / MIN_ITEMS_PER_THREAD)));
  const shares = Array.from({ length: count }, (_, share) => items.filter((_, index) => index % count === share));
  const answers = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Result[]>((resolve, reject) => {
          const thread = new Worker(worker, { workerData: share });
          let answer: Result[] | undefined;
          thread.once('message', (message: Result[]) => (answer = message));
          thread.once('error', reject);
          thread.once('exit', (code) =>
            answer && answer.length === share.length
              ? resolve(answer)
              : reject(new Error(`${worker.pathname} stopped (exit code ${code}) before answering for its ${share.length} items`)),
          );
        }),
    ),
  );
  // Item i went to share i % count, at position floor(i / count) there.
  return items.map((_, index) => answers[index % count]![Math.floor(index / count)]!);
}

/** The worker's side: answers its items with `job`, one result per item. Call once at a worker module's top level. */
export function workerJob<Item, Result>(job: (item: Item) => Result): void {
  if (isMainThread || !parentPort) throw new Error('workerJob runs inside a worker started by inWorkers');
  parentPort.postMessage((workerData as Item[]).map(job));
}
