/**
 * Every Spanish catalog part, found by file name (`*.messages.es.ts` anywhere under src/) and bundled into this
 * one chunk, which loads only when Spanish is chosen. Found by convention, so a new screen's translation needs
 * no line here, and the i18n layer imports no feature.
 */
import type { ComponentsJSON } from '@nanostores/i18n';

const parts = import.meta.glob<ComponentsJSON>('../**/*.messages.es.ts', { eager: true, import: 'default' });

export const spanishCatalog: ComponentsJSON = Object.assign({}, ...Object.values(parts));
