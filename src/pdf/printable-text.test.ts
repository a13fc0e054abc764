import { UNICODE_SAMPLE } from '../../tests/fixtures/plan-documents';
import { PLACEHOLDER, findUnprintableCharacters, toPrintable } from './printable-text';

test('finds nothing unprintable in Vietnamese, Spanish, Greek, Cyrillic and typographic quotes', () => {
  expect(findUnprintableCharacters([UNICODE_SAMPLE, 'K–12 “quoted” café • 5 × 3 ≤ 20 €'])).toEqual([]);
});

test('lists emoji and CJK characters once each, in the order first seen', () => {
  expect(findUnprintableCharacters(['Robotics 🤖 club 🤖', '東京', 'fine'])).toEqual(['🤖', '東', '京']);
});

test('treats an emoji sequence joined with zero-width joiners as one character', () => {
  expect(findUnprintableCharacters(['Family 👨‍👩‍👧 night'])).toEqual(['👨‍👩‍👧']);
});

test('prints a symbol the font has in black and white, without its emoji selector', () => {
  expect(findUnprintableCharacters(['We ❤️ STEM'])).toEqual([]);
  expect(toPrintable('We ❤️ STEM')).toBe('We ❤ STEM');
});

test('accepts accents typed as separate combining marks', () => {
  expect(findUnprintableCharacters(['Nguye\u0302\u0303n'])).toEqual([]);
  expect(toPrintable('Nguye\u0302\u0303n')).toBe('Nguyễn');
});

test('prints a visible placeholder instead of dropping what the font cannot show', () => {
  expect(toPrintable('Robotics 🤖 club in 東京')).toBe(`Robotics ${PLACEHOLDER} club in ${PLACEHOLDER}${PLACEHOLDER}`);
  expect(toPrintable('Family 👨‍👩‍👧 night')).toBe(`Family ${PLACEHOLDER} night`);
});

test('keeps line breaks and turns tabs into spaces', () => {
  expect(toPrintable('a\r\nb\tc')).toBe('a\nb    c');
  expect(findUnprintableCharacters(['a\r\nb\tc'])).toEqual([]);
});
