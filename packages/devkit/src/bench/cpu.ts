// CPU use during a measured run, from Linux's /proc: how busy the storefront was (a Node.js server
// tops out at one core) and how busy the whole machine was (the load generator, PostgreSQL and
// anything else running count there, which tells whether the figures were squeezed by others), and
// how much of the cores' time a virtual machine's host gave to other guests (steal).
import { readFileSync } from "node:fs";
import os from "node:os";
import type { CpuSummary } from "./report";

export interface MachineTicks {
  busy: number;
  total: number;
  /** Ticks the hypervisor ran something else while this machine had work to do. */
  steal: number;
}

/** The first line of /proc/stat, summed over all cores, in clock ticks. */
export function parseProcStat(stat: string): MachineTicks | null {
  const line = stat.split("\n").find((candidate) => /^cpu\s/.test(candidate));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal (guest time is already counted in user and nice).
  const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (values.length < 8 || values.some((value) => !Number.isFinite(value))) return null;
  const total = values.reduce((sum, value) => sum + value, 0);
  const waiting = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: total - waiting, total, steal: values[7] ?? 0 };
}

/** User and system clock ticks of a process, from its /proc/<pid>/stat line. */
export function parsePidStat(stat: string): number | null {
  // The command name sits in parentheses and may itself hold spaces and parentheses.
  const fields = stat
    .slice(stat.lastIndexOf(")") + 1)
    .trim()
    .split(/\s+/);
  // fields[0] is the state (field 3 of proc(5)), so utime (14) and stime (15) are at 11 and 12.
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}

function read(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

interface Snapshot {
  machine: MachineTicks;
  process: number;
}

function snapshot(pid: number): Snapshot | null {
  const machine = parseProcStat(read("/proc/stat") ?? "");
  const process = parsePidStat(read(`/proc/${pid}/stat`) ?? "");
  return machine && process !== null ? { machine, process } : null;
}

/**
 * Percentages between two snapshots: the process's share of one core (200 = two cores busy), the
 * machine's busy share of all its cores, and the share of all its cores stolen by the host.
 */
export function cpuBetween(before: Snapshot, after: Snapshot, cores: number): CpuSummary | null {
  const total = after.machine.total - before.machine.total;
  if (total <= 0) return null;
  return {
    processPercent: ((after.process - before.process) / total) * cores * 100,
    machinePercent: ((after.machine.busy - before.machine.busy) / total) * 100,
    stealPercent: ((after.machine.steal - before.machine.steal) / total) * 100,
  };
}

export interface CpuMeter {
  /** CPU use since the meter started; null where /proc cannot be read. */
  stop(): CpuSummary | null;
}

export function meterCpu(pid: number): CpuMeter {
  const before = snapshot(pid);
  return {
    stop: () => {
      const after = snapshot(pid);
      return before && after ? cpuBetween(before, after, os.cpus().length) : null;
    },
  };
}
