import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from './format';
import { LOCALE_TAGS, LOCALES, localeStore } from './locale';

describe('formatNumber', () => {
  afterEach(() => localeStore.set('en'));

  // Whole numbers under 1,000 skip Intl (its first use in a page is slow); they must read exactly as Intl's.
  it.each(LOCALES)('writes whole numbers under 1,000 as Intl does in %s', (locale) => {
    localeStore.set(locale);
    const intl = new Intl.NumberFormat(LOCALE_TAGS[locale]);
    for (let n = 0; n < 1000; n++) expect(formatNumber(n)).toBe(intl.format(n));
  });

  it('still groups larger numbers and honours options', () => {
    expect(formatNumber(2000)).toBe(new Intl.NumberFormat('en-US').format(2000));
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
    expect(formatNumber(-3)).toBe('-3');
  });
});
