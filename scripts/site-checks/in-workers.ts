/**
 * Runs a per-page job of the build in worker threads. The build's per-page steps (hardening every page,
 * measuring every page's weight) read each page's HTML, a few ms a page, and one thread would leave
 * the machine's other core idle.
 *
 * Two ways in: `inWorkers` for a list known in advance (every core, results in the items' order), and
 * `workerPool` for items that arrive over time (the build hands each page to the hardening step as soon as
 * Astro has written it, so the parsing runs on the core Astro's single-threaded rendering leaves free).
 *
 * The worker is a module that calls `workerJob` once: it answers each item it is sent with one result.
 * Each item goes to the thread with the fewest items outstanding (the first such thread on a tie), so a
 * list handed over at once is dealt out round-robin and large and small pages spread evenly.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

/** Below this many items one thread is quicker than starting others (a worker starts in about 50 ms). */
const MIN_ITEMS_PER_THREAD = 8;

type Reply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Thread<Result> {
  worker: Worker;
  waiting: Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>;
  /** Why the thread stopped, once it has: what every item given to it since fails with. */
  failed?: Error;
}

export interface WorkerPool<Item, Result> {
  /** The worker's answer for `item`; rejects with the worker's error when the job throws for it. */
  run(item: Item): Promise<Result>;
  /** Starts more threads (up to `threads` in all), for items that arrive from now on. */
  grow(threads: number): void;
  /** How many items each thread has been given so far. */
  readonly dealt: number[];
  /** Stops the threads once every item given has its answer. */
  close(): Promise<void>;
}

/** A pool of `threads` worker threads running the module at `worker` (see `workerJob`). */
export function workerPool<Item, Result>(worker: URL, threads = availableParallelism()): WorkerPool<Item, Result> {
  const pool: Thread<Result>[] = [];
  const dealt: number[] = [];
  let nextId = 0;
  const outstanding = new Set<Promise<Result>>();
  const start = () => {
    const thread: Thread<Result> = { worker: new Worker(worker), waiting: new Map() };
    const failAll = (error: Error) => {
      thread.failed ??= error;
      for (const { reject } of thread.waiting.values()) reject(error);
      thread.waiting.clear();
    };
    thread.worker.on('message', (reply: Reply<Result>) => {
      const waiting = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
    thread.worker.on('error', failAll);
    thread.worker.on('exit', (code) => failAll(new Error(`${worker.pathname} stopped (exit code ${code}) before answering`)));
    pool.push(thread);
    dealt.push(0);
  };
  const grow = (count: number) => {
    while (pool.length < Math.max(1, count)) start();
  };
  grow(threads);
  return {
    dealt,
    grow,
    run(item) {
      let chosen = 0;
      for (let index = 1; index < pool.length; index += 1) if (pool[index]!.waiting.size < pool[chosen]!.waiting.size) chosen = index;
      const thread = pool[chosen]!;
      dealt[chosen]! += 1;
      const id = nextId++;
      // A thread that has stopped would never answer: its items fail at once, with its reason.
      const answer = thread.failed
        ? Promise.reject(thread.failed)
        : new Promise<Result>((resolve, reject) => {
            thread.waiting.set(id, { resolve, reject });
            thread.worker.postMessage({ id, item });
          });
      outstanding.add(answer);
      const settled = () => outstanding.delete(answer);
      answer.then(settled, settled);
      return answer;
    },
    async close() {
      // Every answer still due arrives (or fails) before the threads stop.
      await Promise.allSettled([...outstanding]);
      await Promise.all(
        pool.map((thread) => {
          thread.worker.removeAllListeners('exit');
          return thread.worker.terminate();
        }),
      );
    },
  };
}

/** Every item's answer, in the items' own order, from up to `threads` threads (fewer for a short list). */
export async function inWorkers<Item, Result>(worker: URL, items: readonly Item[], threads = availableParallelism()): Promise<Result[]> {
  if (items.length === 0) return [];
  const pool = workerPool<Item, Result>(worker, Math.max(1, Math.min(threads, Math.floor(items.length / MIN_ITEMS_PER_THREAD))));
  try {
    return await Promise.all(items.map((item) => pool.run(item)));
  } finally {
    await pool.close();
  }
}

/** The worker's side: answers each item sent to it with `job`. Call once at a worker module's top level. */
export function workerJob<Item, Result>(job: (item: Item) => Result): void {
  if (isMainThread || !parentPort) throw new Error('workerJob runs inside a worker started by inWorkers or workerPool');
  const port = parentPort;
  port.on('message', ({ id, item }: { id: number; item: Item }) => {
    try {
      port.postMessage({ id, result: job(item) } satisfies Reply<Result>);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies Reply<Result>);
    }
  });
}
