import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from './format';
import { LOCALE_TAGS, LOCALES, localeStore } from './locale';

describe('formatNumber', () => {
  afterEach(() => localeStore.set('en'));

  // Whole numbers skip Intl (its first use in a page is slow); they must read exactly as Intl's.
  it.each(LOCALES)('writes whole numbers as Intl does in %s', (locale) => {
    localeStore.set(locale);
    const intl = new Intl.NumberFormat(LOCALE_TAGS[locale]);
    for (let n = 0; n < 20_000; n++) expect(formatNumber(n)).toBe(intl.format(n));
    fc.assert(fc.property(fc.maxSafeInteger().filter((n) => n >= 0), (n) => formatNumber(n) === intl.format(n)));
  });

  it('leaves fractions, negative numbers and options to Intl', () => {
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
    expect(formatNumber(-3)).toBe(new Intl.NumberFormat('en-US').format(-3));
    expect(formatNumber(2.5)).toBe(new Intl.NumberFormat('en-US').format(2.5));
  });
});
