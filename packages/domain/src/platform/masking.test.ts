import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPassport, maskPhone, maskPhonesInText } from './masking';

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

describe('phone numbers inside free text', () => {
  it('masks mobiles and landlines, leaves other numbers and text alone', () => {
    expect(maskPhonesInText('王经理 13812341234')).toBe('王经理 138****1234');
    expect(maskPhonesInText('办公室0932-6612345，手机15900001111')).toBe('办公室0932-****2345，手机159****1111');
    expect(maskPhonesInText('预计投入1500000元，2022年')).toBe('预计投入1500000元，2022年');
    expect(maskPhonesInText('138123412345')).toBe('138123412345'); // 12 digits is not a mobile
    expect(maskPhonesInText(null)).toBeNull();
  });
});
