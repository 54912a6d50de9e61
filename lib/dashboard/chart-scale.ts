/**
 * Round tick values from 0 up to at least `max`: steps of 1, 2 or 5 times a power of ten, about
 * `target` of them, always whole numbers because counts are.
 */
export function niceTicks(max: number, target = 4): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}

/** Which bucket labels to show so that at most `room` of them fit under the chart. */
export function labelEvery(buckets: number, room = 8): number {
  return Math.max(1, Math.ceil(buckets / room));
}
