/** Lower case without accents ("São Paulo" → "sao paulo"): how fit compares names and words. */
export function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
