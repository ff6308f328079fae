export interface BannerInfo {
  storefrontUrl: string;
  adminUrl: string;
  database: string;
  demoStaff: { email: string; password: string; totpSecret: string } | null;
  mode: "development" | "production";
  /** Where payments go: the local emulator or Stripe. */
  payments: string;
  /** The dev mailbox's page, when emails are caught locally. */
  mailbox: string | null;
  /** Whether the worker (emails, payment reconciliation) runs. */
  worker: boolean;
}

/** The box printed once both apps answer: where everything is and how to get into the admin. */
export function renderBanner(info: BannerInfo): string {
  const lines = [
    `Comptoir is running (${info.mode})`,
    "",
    `Storefront  ${info.storefrontUrl}   (French: /fr, English: /en)`,
    `Admin       ${info.adminUrl}`,
    ...(info.demoStaff
      ? [
          `  log in    ${info.demoStaff.email}`,
          `  password  ${info.demoStaff.password}   (demo account, development only)`,
          `  2FA key   ${info.demoStaff.totpSecret}   (add it to an authenticator app)`,
        ]
      : []),
    `Database    ${info.database}`,
    `Payments    ${info.payments}`,
    ...(info.mailbox ? [`Emails      ${info.mailbox}   (every email sent, caught locally)`] : []),
    ...(info.worker ? [] : ["Worker      not started: set SMTP_URL to send emails"]),
    "",
    "Ctrl-C stops the apps and the database; the data is kept for next time.",
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const top = `╭${"─".repeat(width + 2)}╮`;
  const bottom = `╰${"─".repeat(width + 2)}╯`;
  return [top, ...lines.map((line) => `│ ${line.padEnd(width)} │`), bottom].join("\n");
}
