// What the auth pages' actions answer when they do not redirect: conform's reply to the form that
// was sent (its errors, the values to show again), or the "check your inbox" state.
import type { SubmissionResult } from "@conform-to/react";
import type { LoginIntent } from "./auth-forms";

export type AuthReply = SubmissionResult<string[]>;

/** Forms that end with an email: sign-up, forgot password, and the login page's link form. */
export interface EmailSentData {
  /** The refused form's reply; null once the email is on its way. */
  reply: AuthReply | null;
  /** The address the message went to (as typed: the same answer whether or not it has an account). */
  sentTo: string | null;
}

export interface LoginActionData extends EmailSentData {
  intent: LoginIntent;
}

/** A link page's answer: the link no longer works, or its form with the errors to fix. */
export type LinkActionData = { state: "invalid" } | { state: "form"; reply: AuthReply };
