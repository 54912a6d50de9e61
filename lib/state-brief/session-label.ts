import type { PageTranslate } from '@/lib/i18n/page';

/** A session as the card and the panel name it: "HRC51", "Third Committee, GA79" (in the UI language). */
export function sessionLabel(code: string, t: PageTranslate): string {
  const hrc = /^HRC(\d+)$/.exec(code);
  if (hrc) return t('cardSessionHrc', { n: hrc[1]! });
  const ga = /^GA(\d+)-C3$/.exec(code);
  return ga ? t('cardSessionGaC3', { n: ga[1]! }) : code;
}
