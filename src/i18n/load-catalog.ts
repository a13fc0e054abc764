/** Registers how the app loads a language's catalog: the Spanish chunk, on demand (see i18n.ts). */
import { setCatalogLoader } from './i18n';

setCatalogLoader(async (locale) => (locale === 'es' ? (await import('./spanish-catalog')).spanishCatalog : {}));
