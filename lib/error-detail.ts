/**
 * A short, readable reason from anything thrown: the browser's own words ("QuotaExceededError:
 * …", "UnknownError: Internal error opening backing store"), for showing next to our message.
 */
export function errorDetail(error: unknown, max = 240): string {
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
