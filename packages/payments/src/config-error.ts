/** A payments setting is missing or wrong: the process should stop and say which, in one line. */
export class PaymentsConfigError extends Error {
  override readonly name = "PaymentsConfigError";
}
