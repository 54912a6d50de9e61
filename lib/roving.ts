/**
 * Roving focus in a row of actions (one Tab stop; the arrow keys move within it): the index the
 * focus goes to after `key` from `index` among `count` items, or null when the key is not one
 * the row handles. The arrow that points forward in the reading direction goes to the next item;
 * up and down move like back and forward; Home and End go to the ends. It wraps round.
 */
export function rovingTarget(key: string, index: number, count: number, dir: 'ltr' | 'rtl'): number | null {
  if (count === 0) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward || key === 'ArrowDown') return (index + 1) % count;
  if (key === back || key === 'ArrowUp') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
