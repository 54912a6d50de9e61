/**
 * A light check of a pasted mission address: one "@", a dot in the domain, no spaces. Mail
 * providers do the real validation; this only catches pasting the wrong thing.
 */
export function isPlausibleEmail(input: string): boolean {
  const value = input.trim();
  return value.length <= 254 && /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/.test(value);
}
