/**
 * Failed sign-ins per user name and per client address in a sliding window. In memory on
 * purpose: a restart resets it, which is fine for a service on an office network.
 */
export interface RateLimitSettings {
  windowMs: number;
  maxPerName: number;
  maxPerAddress: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { windowMs: 15 * 60_000, maxPerName: 5, maxPerAddress: 30 };

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly settings: RateLimitSettings = DEFAULT_RATE_LIMIT) {}

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.settings.windowMs);
    if (list.length === 0) this.failures.delete(key);
    else this.failures.set(key, list);
    return list;
  }

  /** True while this name or address has used up its attempts. */
  isBlocked(name: string, address: string, now = Date.now()): boolean {
    return (
      this.recent(`n:${name.toLowerCase()}`, now).length >= this.settings.maxPerName ||
      this.recent(`a:${address}`, now).length >= this.settings.maxPerAddress
    );
  }

  recordFailure(name: string, address: string, now = Date.now()): void {
    for (const key of [`n:${name.toLowerCase()}`, `a:${address}`]) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 10_000) this.failures.clear(); // a flood of random names must not eat memory
  }

  recordSuccess(name: string): void {
    this.failures.delete(`n:${name.toLowerCase()}`);
  }
}
