import { describe, expect, it } from "vitest";
import { cpuBetween, parsePidStat, parseProcStat } from "./cpu";

const PROC_STAT = `cpu  1000 50 400 8000 100 10 40 30 0 0
cpu0 500 25 200 4000 50 5 20 0 0 0
cpu1 500 25 200 4000 50 5 20 0 0 0
intr 123456
`;

// A command name with a space and a parenthesis, as proc(5) allows.
const PID_STAT =
  "4242 (node server) x) S 4200 4242 4200 0 -1 4194560 9000 0 12 0 1500 300 0 0 20 0 11 0 123 0 0";

describe("parseProcStat", () => {
  it("sums the machine's ticks, counts idle and iowait as not busy, and keeps the steal apart", () => {
    expect(parseProcStat(PROC_STAT)).toEqual({ busy: 1530, total: 9630, steal: 30 });
  });

  it("returns null without a cpu line", () => {
    expect(parseProcStat("intr 1\n")).toBeNull();
    expect(parseProcStat("cpu  1 2 three\n")).toBeNull();
  });
});

describe("parsePidStat", () => {
  it("adds user and system time, whatever the command name holds", () => {
    expect(parsePidStat(PID_STAT)).toBe(1800);
    expect(parsePidStat("")).toBeNull();
  });
});

describe("cpuBetween", () => {
  it("gives the process in % of one core and the machine in % of all cores", () => {
    // 2 cores for 10 s at 100 ticks/s: 2,000 ticks; the process used 900 (0.9 core), the machine 1,500.
    // The host took 100 ticks (5% of all cores) for other guests.
    const before = { machine: { busy: 0, total: 0, steal: 0 }, process: 100 };
    const after = { machine: { busy: 1500, total: 2000, steal: 100 }, process: 1000 };
    expect(cpuBetween(before, after, 2)).toEqual({ processPercent: 90, machinePercent: 75, stealPercent: 5 });
    expect(cpuBetween(after, after, 2)).toBeNull();
  });
});
