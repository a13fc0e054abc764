import { expect, test } from 'vitest';
import { warmDateControl } from './warm-date-control';

test('leaves nothing behind in the page: no element, no focus change', () => {
  document.body.innerHTML = '<main><button>Start a full plan</button></main>';
  const before = document.body.innerHTML;
  document.querySelector('button')!.focus();

  warmDateControl();

  expect(document.body.innerHTML).toBe(before);
  expect(document.activeElement).toBe(document.querySelector('button'));
});
