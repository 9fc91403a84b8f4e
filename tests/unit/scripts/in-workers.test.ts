import { describe, expect, it } from 'vitest';
import { inWorkers, workerJob, workerPool } from '../../../scripts/site-checks/in-workers.ts';

const square = new URL('../../fixtures/workers/square.ts', import.meta.url);
type Answer = { square: number; thread: number };

describe('inWorkers: a build step shared between threads', () => {
  it('answers every item, in the items’ own order, from several threads', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const answers = await inWorkers<number, Answer>(square, items, 3);
    expect(answers.map((a) => a.square)).toEqual(items.map((n) => n * n));
    // Dealt out round-robin: neighbouring items go to different threads.
    expect(new Set(answers.map((a) => a.thread)).size).toBe(3);
    expect(answers[0]!.thread).not.toBe(answers[1]!.thread);
    expect(answers[0]!.thread).toBe(answers[3]!.thread);
  });

  it('uses one thread for a few items, and answers an empty list without starting any', async () => {
    const few = await inWorkers<number, Answer>(square, [1, 2, 3], 4);
    expect(few.map((a) => a.square)).toEqual([1, 4, 9]);
    expect(new Set(few.map((a) => a.thread)).size).toBe(1);
    await expect(inWorkers(square, [], 4)).resolves.toEqual([]);
  });

  it('fails when a worker fails, with the worker’s error', async () => {
    const items = Array.from({ length: 20 }, (_, i) => (i === 13 ? -1 : i));
    await expect(inWorkers(square, items, 2)).rejects.toThrow(/negative item -1/);
  });

  it('refuses to run a worker’s side outside a worker', () => {
    expect(() => workerJob(() => 0)).toThrow(/runs inside a worker started by inWorkers/);
  });
});

describe('workerPool: items that arrive over time', () => {
  it('answers each item as it comes, on one thread until it grows, and waits for every answer before closing', async () => {
    const pool = workerPool<number, Answer>(square, 1);
    const early = await Promise.all([pool.run(2), pool.run(3)]);
    expect(early.map((a) => a.square)).toEqual([4, 9]);
    expect(early[0]!.thread).toBe(early[1]!.thread);
    pool.grow(2);
    const late = [4, 5, 6, 7].map((n) => pool.run(n));
    // The new thread has nothing outstanding, so it takes its share at once.
    expect(pool.dealt).toEqual([4, 2]);
    await pool.close();
    const answers = await Promise.all(late);
    expect(answers.map((a) => a.square)).toEqual([16, 25, 36, 49]);
    expect(new Set(answers.map((a) => a.thread)).size).toBe(2);
  });

  it('fails the items of a thread that has stopped, at once, instead of waiting for it for ever', async () => {
    const pool = workerPool<number, Answer>(square, 1);
    await expect(pool.run(999)).rejects.toThrow(/stopped \(exit code 3\)/);
    await expect(pool.run(2)).rejects.toThrow(/stopped \(exit code 3\)/);
    await pool.close();
  });

  it('fails only the item whose job throws; the others are answered', async () => {
    const pool = workerPool<number, Answer>(square, 1);
    const [bad, good] = [pool.run(-2), pool.run(5)];
    await expect(bad).rejects.toThrow(/negative item -2/);
    await expect(good).resolves.toMatchObject({ square: 25 });
    await pool.close();
  });
});
