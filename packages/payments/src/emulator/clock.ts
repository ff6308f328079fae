/**
 * The emulator's notion of "now". Tests move it forward to reach a session's expiry without waiting
 * for it; webhook signatures still use the real time, as the receiving side checks them against its own.
 */
export class Clock {
  private offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Unix time in seconds, the unit of every Stripe timestamp. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError("The clock only moves forward");
    this.offsetMs += seconds * 1000;
  }
}
