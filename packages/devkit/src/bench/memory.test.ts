import { describe, expect, it } from "vitest";
import { parseVmRss, readRss, summarize } from "./memory";

const STATUS = `Name:\tnode
Umask:\t0022
State:\tS (sleeping)
Pid:\t4242
VmPeak:\t 1234567 kB
VmSize:\t 1200000 kB
VmHWM:\t  180000 kB
VmRSS:\t  153600 kB
RssAnon:\t  120000 kB
Threads:\t11
`;

describe("parseVmRss", () => {
  it("reads the resident set size in bytes, not the peak", () => {
    expect(parseVmRss(STATUS)).toBe(153_600 * 1024);
  });

  it("returns null when the line is missing (a zombie process has none)", () => {
    expect(parseVmRss("Name:\tnode\nState:\tZ (zombie)\n")).toBeNull();
    expect(parseVmRss("")).toBeNull();
  });
});

describe("readRss", () => {
  it("reads this process, and null for a process that does not exist", () => {
    if (process.platform === "linux") expect(readRss(process.pid)).toBeGreaterThan(10 * 1024 * 1024);
    expect(readRss(2 ** 22 + 1)).toBeNull();
  });
});

describe("summarize", () => {
  it("keeps the highest and the mean of the samples", () => {
    expect(summarize([100, 300, 200])).toEqual({ maxBytes: 300, meanBytes: 200, samples: 3 });
    expect(summarize([])).toBeNull();
  });
});
