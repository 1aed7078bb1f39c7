// Norwegian organisation numbers (Brønnøysund): the page's gatherer finds them, the register
// lookup refuses any other.

/** Norwegian organisation number check (Brønnøysund): mod 11 with weights 3,2,7,6,5,4,3,2. */
export function isValidOrgNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const rest = 11 - (sum % 11);
  const check = rest === 11 ? 0 : rest;
  return check !== 10 && check === Number(digits[8]);
}
