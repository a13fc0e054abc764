// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY } from '../i18n/locale';
import { STORAGE_KEY } from '../store/persist-keys';
import { renderStartPage } from './prerender';

describe('the start page prerendered into index.html', () => {
  it('is the start page a first-time visitor sees, in English, with its ways in', () => {
    const html = renderStartPage();
    expect(html).toContain('<h1');
    expect(html).toContain('Start a full plan');
    expect(html).toContain('Start a quick check');
    expect(html).toContain('lang="es"'); // the language switch names Spanish in Spanish
    expect(html).not.toMatch(/Resume|Saved/);
  });

  it('is shown only where it applies: the early script checks the keys the app saves under', () => {
    const script = readFileSync(new URL('./start-page-early.js', import.meta.url), 'utf8');
    expect(script).toContain(`'${STORAGE_KEY}'`);
    expect(script).toContain(`'${LOCALE_STORAGE_KEY}'`);
  });
});
