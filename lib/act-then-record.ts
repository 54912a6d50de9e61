import { errorDetail } from './error-detail';

/** Whether the record of an action was written; `detail` is the browser's reason when it was not. */
export type RecordOutcome = { ok: true } | { ok: false; detail: string };

/** IndexedDB can hang rather than fail (a blocked upgrade, a stuck disk); the user is told after this. */
export const RECORD_TIMEOUT_MS = 4000;

/** Writes a record and says how it went; never throws, never waits longer than `timeoutMs`. */
export async function tryRecord(record: () => Promise<unknown>, timeoutMs = RECORD_TIMEOUT_MS): Promise<RecordOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DOMException(`no answer after ${timeoutMs / 1000} s`, 'TimeoutError')), timeoutMs);
  });
  try {
    await Promise.race([Promise.resolve().then(record), timeout]);
    return { ok: true };
  } catch (error) {
    return { ok: false, detail: errorDetail(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Does what the user asked (open a post, a draft), then records that it was done. Recording never
 * delays the act nor stops it: the act runs first and its result is returned whatever the record
 * does. When the act itself fails, nothing is recorded and its error is thrown.
 */
export async function actThenRecord<T>(
  act: () => Promise<T>,
  record: () => Promise<unknown>,
  timeoutMs = RECORD_TIMEOUT_MS,
): Promise<{ acted: T; recorded: RecordOutcome }> {
  const acted = await act();
  return { acted, recorded: await tryRecord(record, timeoutMs) };
}
