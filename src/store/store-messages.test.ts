/** The store's messages come out in the language on screen when the problem happens. */
import { afterEach, expect, test } from 'vitest';
import { setLocale } from '../i18n/i18n';
import { PERSIST_VERSION } from './persist-keys';
import { parsePlanFile, planFileName, serializePlanFile, tooLarge } from './plan-file';
import { describeUnreadable } from './unreadable-reason';
import { validState } from '../../tests/fixtures/plan-state';

const NOW = new Date('2026-11-23T10:00:00Z');

afterEach(() => setLocale('en'));

function refusal(input: string | Uint8Array): string {
  const result = parsePlanFile(input);
  return result.ok ? '' : result.message;
}

// US Spanish writes decimals with a point, as US English does (CLDR es-US).
test('the too-large message gives both sizes in megabytes, formatted for the language', async () => {
  expect(tooLarge(1_500_000)).toBe('This file is too large to be a plan file (1.5 MB; a plan file is at most 1 MB).');
  await setLocale('es');
  expect(tooLarge(1_500_000)).toBe(
    'Este archivo es demasiado grande para ser un archivo de plan (1.5 MB; un archivo de plan ocupa como máximo 1 MB).',
  );
});

test('a refused file is explained in Spanish when Spanish is on screen', async () => {
  await setLocale('es');
  expect(refusal('')).toMatch(/^Este archivo está vacío\..*«Guardar una copia»/);
  expect(refusal(JSON.stringify({ app: 'excalidraw' }))).toMatch(/otra aplicación \(«excalidraw»\)/);
  const { profile: _p, completed: _c, ...rest } = validState();
  const envelope = JSON.stringify({ ...JSON.parse(serializePlanFile(validState(), NOW)), state: rest });
  expect(refusal(envelope)).toBe('A este archivo de plan le falta parte de las respuestas: «profile» y «completed».');
  const newer = serializePlanFile(validState(), NOW).replace(`"schemaVersion": ${PERSIST_VERSION}`, '"schemaVersion": 99');
  expect(refusal(newer)).toMatch(/versión del archivo: 99; esta aplicación lee hasta la versión/);
});

test('saved answers that could not be used are described in the language of the notice', async () => {
  expect(describeUnreadable({ kind: 'newerVersion', version: 9 })).toBe(
    'These answers were saved by a newer version of the app (version 9).',
  );
  await setLocale('es');
  expect(describeUnreadable({ kind: 'damaged' })).toBe('Las respuestas guardadas estaban dañadas y no se pudieron leer.');
});

test('the saved file name stays ASCII and language-neutral, with accents folded', async () => {
  const state = validState({ profile: { ...validState().profile!, orgName: 'Escuela Río Grande – Peña' } });
  await setLocale('es');
  expect(planFileName(state, NOW)).toMatch(/^stem-plan-escuela-rio-grande-pena-2026-11-23-\d{6}\.json$/);
});
