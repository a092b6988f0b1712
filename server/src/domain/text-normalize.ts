/**
 * Folds text for accent- and case-insensitive matching: "Œuvre Récup'" and
 * "oeuvre recup'" fold to the same string. Ligatures are expanded because NFD
 * does not decompose them.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}
