import { isNotFoundError } from "@comptoir/api";

/** Runs a loader step and turns the API's NOT_FOUND into the 404 the error boundary renders. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isNotFoundError(error)) throw new Response(null, { status: 404, statusText: "Not Found" });
    throw error;
  }
}
