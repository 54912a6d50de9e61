/** The name "Download" gives the file: the symbol when known (A_HRC_51_47.pdf), else the address's own file name. */
export function pdfFileName(symbol: string | null, url: string): string {
  if (symbol) return `${symbol.replace(/[^A-Za-z0-9.()-]+/g, '_')}.pdf`;
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    last = '';
  }
  const safe = last.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim();
  if (!safe) return 'document.pdf';
  return /\.pdf$/i.test(safe) ? safe : `${safe}.pdf`;
}
