import { describe, expect, it } from 'vitest';
import { formatProgress, progressLine, timeLeft } from '../../../src/cli/progress-line.js';

describe('the progress line of intake process', () => {
  it('says how many files are done of how many, which file is being read and how long the rest will take', () => {
    expect(formatProgress({ done: 3, total: 40, current: 'scan-0004.pdf', elapsedMs: 6_000 })).toBe('3 von 40 · aktuell: scan-0004.pdf · noch etwa 1 min');
  });

  it('gives no time left before the first file is finished', () => {
    expect(formatProgress({ done: 0, total: 2, current: 'a.pdf', elapsedMs: 5_000 })).toBe('0 von 2 · aktuell: a.pdf');
    expect(timeLeft({ done: 0, total: 2, elapsedMs: 5_000 })).toBeNull();
  });

  it('counts the time left in seconds, minutes or hours from the average so far', () => {
    expect(timeLeft({ done: 1, total: 3, elapsedMs: 10_000 })).toBe('noch etwa 20 s');
    expect(timeLeft({ done: 10, total: 100, elapsedMs: 60_000 })).toBe('noch etwa 9 min');
    expect(timeLeft({ done: 1, total: 100, elapsedMs: 60_000 })).toBe('noch etwa 1 h 39 min');
  });

  it('fits a narrow terminal by shortening the file name from the left', () => {
    const line = formatProgress({ done: 1, total: 2, current: '/srv/scans/eingang/2025/maerz/stapel-0001.pdf', elapsedMs: 2_000 }, 60);
    expect(line.length).toBeLessThan(60);
    expect(line).toMatch(/^1 von 2 · aktuell: …/);
    expect(line).toContain('stapel-0001.pdf');
  });

  it('rewrites one line in place and names the first unfinished file as the current one', () => {
    const written: string[] = [];
    let now = 0;
    const line = progressLine({ write: (text: string) => written.push(text), columns: 100 }, ['a.pdf', 'b.pdf', 'c.pdf'], () => now);
    line.started(0);
    line.started(1);
    now = 4_000;
    line.finished(0);
    line.stop();
    expect(written.every((text) => text.startsWith('\r\x1b[K') && !text.includes('\n'))).toBe(true);
    expect(written.at(-2)).toBe('\r\x1b[K1 von 3 · aktuell: b.pdf · noch etwa 8 s');
    expect(written.at(-1)).toBe('\r\x1b[K');
  });
});

describe('the time left while a file is being read', () => {
  it('counts down from the pace so far instead of growing with every second', () => {
    expect(timeLeft({ done: 1, total: 2, elapsedMs: 10_000, elapsedAtLastDoneMs: 10_000 })).toBe('noch etwa 10 s');
    expect(timeLeft({ done: 1, total: 2, elapsedMs: 14_000, elapsedAtLastDoneMs: 10_000 })).toBe('noch etwa 6 s');
    expect(timeLeft({ done: 1, total: 2, elapsedMs: 30_000, elapsedAtLastDoneMs: 10_000 })).toBe('noch etwa 1 s');
  });
});
