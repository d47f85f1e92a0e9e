/** Masks a mobile number for lists and exports: 13812341234 → 138****1234. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.trim();
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Masks a 居民身份证号 for display: 620102199001011234 → 6201**********1234 (region and check part kept). */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  const v = id.trim();
  if (v.length < 8) return '****';
  return `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`;
}

/** Masks a passport number: E12345678 → E1*****78. */
export function maskPassport(no: string | null | undefined): string | null {
  if (!no) return null;
  const v = no.trim();
  if (v.length < 5) return '****';
  return `${v.slice(0, 2)}${'*'.repeat(v.length - 4)}${v.slice(-2)}`;
}

const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const LANDLINE_IN_TEXT = /(?<!\d)(0\d{2,3}[-－ ]?)\d{3,4}(\d{4})(?!\d)/g;

/**
 * Masks the phone numbers inside free text ("王经理 13812341234" → "王经理 138****1234", "0932-6612345" →
 * "0932-****2345") for lists, where a typed-in contact would otherwise show in full.
 */
export function maskPhonesInText(text: string | null | undefined): string | null {
  if (!text) return text ?? null;
  return text.replace(MOBILE_IN_TEXT, '$1****$2').replace(LANDLINE_IN_TEXT, '$1****$2');
}
