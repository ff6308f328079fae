// `pnpm admin:create`: creates an owner account, asking for the address, the name and the password
// (twice). Works like the `db:*` commands: on DATABASE_URL when set, on the embedded PostgreSQL
// otherwise; pending migrations are applied first.
import { createDb } from "@comptoir/db";
import { provideDatabase } from "@comptoir/db/embedded";
import { migrateDeploy } from "@comptoir/db/migrations";
import {
  createOwner,
  normalizeOwnerEmail,
  ownerPasswordProblem,
  OWNER_PASSWORD_MIN_LENGTH,
  type OwnerInputProblem,
} from "../staff/create-owner";
import { createPrompter, type Prompter } from "./prompt";

const PROBLEMS: Record<OwnerInputProblem | "email_taken" | "mismatch", string> = {
  email_invalid: "This is not a valid email address.",
  name_invalid: "Enter a name (120 characters at most).",
  password_too_short: `The password must have at least ${OWNER_PASSWORD_MIN_LENGTH} characters. A phrase of a few words works well.`,
  password_too_long: "The password is too long (256 characters at most).",
  password_common:
    "This password is too common or too easy to guess. Choose a phrase of several words that is yours alone.",
  email_taken: "An account already uses this address: choose another one.",
  mismatch: "The two passwords differ.",
};

const ATTEMPTS = 3;

/** Asks until `check` accepts the answer (null) or the attempts run out. */
async function askUntil(
  ask: () => Promise<string>,
  check: (answer: string) => Promise<string | null> | string | null,
): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const answer = await ask();
    const problem = await check(answer);
    if (!problem) return answer;
    console.error(`✖ ${problem}`);
    if (attempt === ATTEMPTS) throw new Error("Too many invalid answers: nothing was created.");
  }
}

async function askOwner(prompter: Prompter) {
  const email = await askUntil(
    () => prompter.ask("Email address: "),
    (answer) => (normalizeOwnerEmail(answer) ? null : PROBLEMS.email_invalid),
  );
  const name = await askUntil(
    () => prompter.ask("Name: "),
    (answer) => (answer.trim() && answer.trim().length <= 120 ? null : PROBLEMS.name_invalid),
  );
  let password = "";
  await askUntil(
    async () => {
      password = await prompter.askHidden(`Password (${OWNER_PASSWORD_MIN_LENGTH}+ characters): `);
      return prompter.askHidden("Password again: ");
    },
    async (again) => {
      if (again !== password) return PROBLEMS.mismatch;
      const problem = await ownerPasswordProblem(password, [email.trim().toLowerCase(), name.trim()]);
      return problem ? PROBLEMS[problem] : null;
    },
  );
  return { email, name, password };
}

async function main(): Promise<void> {
  const database = await provideDatabase();
  const prompter = createPrompter();
  try {
    await migrateDeploy(database.url);
    const db = createDb(database.url, { poolMax: 1 });
    try {
      console.log(`Creating an owner account on ${database.location}.`);
      const owner = await askOwner(prompter);
      const result = await createOwner(db, owner);
      if (!result.ok) throw new Error(PROBLEMS[result.reason]);
      console.log(
        `✔ Owner ${normalizeOwnerEmail(owner.email)} created. Log in to the admin: you will be asked to set up two-factor authentication first.`,
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    prompter.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
