// `pnpm admin:create` as an operator runs it: a child process answering prompts on stdin.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "../password";

const database = useTestDatabase("auth_admin_create");
const script = fileURLToPath(new URL("./create-owner-cli.ts", import.meta.url));
const PASSWORD = "une phrase assez longue pour ce compte";

function runAdminCreate(answers: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "silent" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(answers.map((answer) => `${answer}\n`).join(""));
  });
}

describe("pnpm admin:create", () => {
  it("creates a verified owner after asking again for what was invalid", async () => {
    const run = await runAdminCreate([
      "pas-une-adresse",
      "  Owner@Shop.Example ",
      "Ana Owner",
      "court",
      "court",
      PASSWORD,
      "une autre phrase",
      PASSWORD,
      PASSWORD,
    ]);
    expect(run.stderr).toContain("This is not a valid email address.");
    expect(run.stderr).toContain("at least 12 characters");
    expect(run.stderr).toContain("The two passwords differ.");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Owner owner@shop.example created.");
    const owner = await database.db.user.findUniqueOrThrow({ where: { email: "owner@shop.example" } });
    expect(owner).toMatchObject({ role: "OWNER", name: "Ana Owner", totpEnabledAt: null });
    expect(owner.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(owner.passwordHash!, PASSWORD)).toBe(true);
    expect(
      await database.db.auditLog.findFirstOrThrow({ where: { action: "user_created", entityId: owner.id } }),
    ).toMatchObject({ after: { role: "OWNER" }, metadata: { via: "admin:create" } });
    // Nothing secret in what was printed.
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  }, 60_000);

  it("refuses a common password and an address already in use, creating nothing", async () => {
    const common = await runAdminCreate([
      "second@shop.example",
      "Second",
      ...[
        "Password2024!",
        "Password2024!",
        "azertyuiop123",
        "azertyuiop123",
        "motdepasse1234",
        "motdepasse1234",
      ],
    ]);
    expect(common.code).toBe(1);
    expect(common.stderr).toContain("too common");
    expect(common.stderr).toContain("Too many invalid answers: nothing was created.");
    expect(await database.db.user.count({ where: { email: "second@shop.example" } })).toBe(0);

    await database.db.user.create({ data: { email: "taken@shop.example" } });
    const taken = await runAdminCreate(["taken@shop.example", "Taken", PASSWORD, PASSWORD]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain("An account already uses this address");
    expect((await database.db.user.findUniqueOrThrow({ where: { email: "taken@shop.example" } })).role).toBe(
      "CUSTOMER",
    );
  }, 60_000);

  it("stops when the input ends before the questions do", async () => {
    const run = await runAdminCreate(["early@shop.example"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("The input ended");
    expect(await database.db.user.count({ where: { email: "early@shop.example" } })).toBe(0);
  }, 60_000);
});
