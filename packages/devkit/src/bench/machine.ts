// Where and on what code the benchmark ran, for the report.
import { execFileSync } from "node:child_process";
import os from "node:os";
import { repoRoot } from "@comptoir/db/embedded";
import type { MachineInfo } from "./report";

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU",
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()}`,
    node: process.versions.node,
  };
}

/** The short hash of HEAD, marked when the working tree has changes; null outside a git checkout. */
export function gitCommit(): string | null {
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  try {
    const hash = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--untracked-files=no") !== "";
    return dirty ? `${hash} + uncommitted changes` : hash;
  } catch {
    return null;
  }
}
