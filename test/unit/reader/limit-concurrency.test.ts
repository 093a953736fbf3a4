import { describe, expect, it } from 'vitest';
import { limitConcurrency } from '../../../src/adapters/document-reader.adapter.js';

describe('limitConcurrency: scanned pages in flight over all documents', () => {
  it('runs at most `limit` tasks at once, the others in the order they came, and frees a place when a task fails', async () => {
    const run = limitConcurrency(2);
    let active = 0;
    let most = 0;
    const started: number[] = [];
    const task = (id: number, fail = false) =>
      run(async () => {
        started.push(id);
        active += 1;
        most = Math.max(most, active);
        await new Promise((r) => setTimeout(r, 5 + (id % 2) * 5));
        active -= 1;
        if (fail) throw new Error(`task ${id}`);
        return id;
      });
    const results = await Promise.allSettled([task(1), task(2, true), task(3), task(4), task(5)]);
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    // The failed task gave its place back: a new one still runs.
    await expect(task(6)).resolves.toBe(6);
  });
});
