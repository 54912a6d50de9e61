/**
 * A short, readable reason from anything thrown: the browser's own words ("QuotaExceededError:
 * …", "UnknownError: Internal error opening backing store"), for showing next to our message.
 */
export function errorDetail(error: unknown, max = 240): string {
  // Wrappers (ours, Dexie's) keep the browser's own error as `cause` or `inner`: say that one.
  for (let depth = 0; depth < 5 && typeof error === 'object' && error !== null; depth++) {
    const { cause, inner } = error as { cause?: unknown; inner?: unknown };
    const next = cause ?? inner;
    if (typeof next !== 'object' || next === null) break;
    error = next;
  }
  let text: string;
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    const parts = [typeof name === 'string' && name !== 'Error' ? name : '', typeof message === 'string' ? message : ''].filter(Boolean);
    text = parts.join(': ') || String(name ?? 'Error');
  } else {
    text = String(error);
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
