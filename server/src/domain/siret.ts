/**
 * SIREN (9 digits) and SIRET (14 digits) checks. Both carry a Luhn check digit,
 * except the establishments of La Poste (SIREN 356000000), too many for Luhn to
 * number: INSEE accepts their SIRETs when the digits sum to a multiple of 5. The
 * head office keeps an ordinary Luhn SIRET.
 */

const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

function luhnSum(digits: string): number {
  let sum = 0;
  // Double every second digit from the right, the check digit being the rightmost.
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

export function isValidSiren(s: string): boolean {
  return /^\d{9}$/.test(s) && luhnSum(s) % 10 === 0;
}

export function isValidSiret(s: string): boolean {
  if (!/^\d{14}$/.test(s)) return false;
  if (s.startsWith(LA_POSTE_SIREN) && s !== LA_POSTE_HEAD_OFFICE) {
    let sum = 0;
    for (const c of s) sum += c.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnSum(s) % 10 === 0;
}

/** Appends the Luhn check digit: 8 digits give a SIREN, 13 a SIRET. */
export function luhnComplete(prefix: string): string {
  if (!/^\d{8}$|^\d{13}$/.test(prefix)) {
    throw new RangeError(`luhnComplete expects 8 or 13 digits, got "${prefix}"`);
  }
  const sum = luhnSum(`${prefix}0`);
  return `${prefix}${(10 - (sum % 10)) % 10}`;
}
