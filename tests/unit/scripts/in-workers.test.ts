import { describe, expect, it } from 'vitest';
import { inWorkers, workerJob } from '../../../scripts/site-checks/in-workers.ts';

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
