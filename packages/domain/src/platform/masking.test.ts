import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPassport, maskPhone } from './masking';

describe('masking personal data for display', () => {
  it('keeps only the ends of a phone, an ID number and a passport number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskIdNumber('62010219900101123X')).toBe('6201**********123X');
    expect(maskIdNumber(' 620102199001011234 ')).toBe('6201**********1234');
    expect(maskPassport('E12345678')).toBe('E1*****78');
  });

  it('shows nothing for nothing, and only stars for values too short to keep ends of', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskIdNumber('')).toBeNull();
    expect(maskPassport(undefined)).toBeNull();
    expect(maskPhone('12345')).toBe('****');
    expect(maskIdNumber('1234567')).toBe('****');
    expect(maskPassport('E123')).toBe('****');
  });
});
