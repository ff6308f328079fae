/** Prisma's code for a unique constraint violation (two sign-ups racing for one address, say). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/**
 * Runs `work` (a whole transaction) again once when it lost a race on a unique constraint: the
 * second run sees the row the winner created and takes the "already exists" path. The failed run
 * rolled back, so a one-time link it had spent is unspent again.
 */
export async function retryOnUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return work();
  }
}
