import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { STAGE_IDS, STEP_IDS } from '../stages/stage-order';
import type { View } from './navigation-slice';
import { pathOfView, viewOfPath } from './view-path';

const everyView: View[] = [
  { name: 'start' },
  ...STAGE_IDS.map((stage) => ({ name: 'stage', stage }) as const),
  ...STAGE_IDS.map((stage) => ({ name: 'stage', stage, returnToReview: true }) as const),
  { name: 'review' },
  { name: 'results' },
  { name: 'plan' },
  ...STEP_IDS.map((step) => ({ name: 'presentation', step }) as const),
  ...STEP_IDS.map((step) => ({ name: 'presentation', step, returnTo: 'profile' }) as const),
  { name: 'worksheets' },
  { name: 'room' },
  ...STEP_IDS.map((step) => ({ name: 'room-present', step }) as const),
  { name: 'privacy' },
];

const parse = (path: string) => {
  const url = new URL(path, 'https://example.org');
  return viewOfPath(url.pathname, url.search);
};

describe('screen addresses', () => {
  test('every view has an address that leads back to it', () => {
    for (const view of everyView) expect(parse(pathOfView(view))).toEqual(view);
  });

  test('every view has its own address', () => {
    const paths = everyView.map(pathOfView);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('an address the app does not have is null, not a guess', () => {
    for (const path of ['/steps', '/steps/unknown', '/present/profile', '/results/extra', '/nowhere', '/steps/needs/x', '/room/present/profile', '/room/present/needs/x', '/room/other']) {
      expect(parse(path)).toBeNull();
    }
  });

  test('trailing slashes and unknown query values are tolerated', () => {
    expect(parse('/results/')).toEqual({ name: 'results' });
    expect(parse('/steps/needs?from=elsewhere')).toEqual({ name: 'stage', stage: 'needs' });
  });

  test('no address parses to something that is not a known view, whatever it holds', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.string(), (path, search) => {
        const view = viewOfPath(path, search);
        if (view) expect(parse(pathOfView(view))).toEqual(view);
      }),
    );
  });
});

test('the room’s projector view opens at its first step from /room/present', () => {
  const url = new URL('/room/present', 'https://example.org');
  expect(viewOfPath(url.pathname, url.search)).toEqual({ name: 'room-present', step: STEP_IDS[0] });
});
