/**
 * Page numbers as a short list: runs of three or more consecutive pages become a range
 * ("1–3, 7, 9, 10"), so a State named on most pages of a long report still reads in a line.
 * `pages` must be in increasing order.
 */
export function pageList(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${pages[i]}–${pages[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(pages[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
