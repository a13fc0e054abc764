/**
 * The source every question, descriptor and recommendation traces to.
 * Each page is named by its title so a reviewer can find the sentence behind any item.
 */
export const SOURCE_TITLE = 'Building STEM Teacher Leadership';
export const SOURCE_SUBTITLE =
  'Reflections by the STEM teacher leader community on opportunities and gaps in STEM teacher leader development efforts';

export const SEED_PAGES = {
  benefits: 'How can STEM teacher leadership benefit my school and the work of administrators?',
  steps:
    'What steps could guide an administrator who is interested in implementing a STEM teacher leadership program?',
  elementary: 'How do programs approach elementary STEM teacher leadership?',
  integrated:
    'How might STEM teacher leadership support a vision of integrated STEM instruction and innovation?',
  roles: 'What are potential roles of a STEM teacher leader?',
} as const;

export type SeedPageKey = keyof typeof SEED_PAGES;

export function sourceLabel(page: SeedPageKey): string {
  return `${SOURCE_TITLE}: “${SEED_PAGES[page]}”`;
}
