// The forms of each account page by name (the `intent` each posts), and the one-shot messages
// (`?done=`) its action may redirect to. Shared by the pages and their actions.

export const PROFILE_INTENTS = { profile: "profile", email: "email" } as const;
export const PROFILE_DONE = ["profile"] as const;

/** What the email form shows once the confirmation link was sent. */
export interface EmailChangeSent {
  sentTo: string;
}

export const PASSWORD_INTENT = "password";
export const PASSWORD_DONE = ["password"] as const;

export const ADDRESS_INTENTS = {
  create: "create",
  update: "update",
  delete: "delete",
  defaultShipping: "default-shipping",
  defaultBilling: "default-billing",
} as const;
export const ADDRESS_DONE = ["created", "updated", "deleted", "default"] as const;

export const SESSION_INTENTS = { revoke: "revoke", everywhere: "everywhere" } as const;
export const SESSION_DONE = ["revoked"] as const;

export const PRIVACY_INTENT = "delete-account";

/** The home page's query after an account was deleted (`?account=deleted`): it confirms it there. */
export const ACCOUNT_DELETED_QUERY = { name: "account", value: "deleted" } as const;
