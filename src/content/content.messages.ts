/** Wording shared by every screen and document: the four levels and the source's citation. */
import { defineMessages } from '../i18n/i18n';

export const levelMessages = defineMessages('levels', {
  early: 'Early',
  developing: 'Developing',
  prepared: 'Prepared',
  model: 'Model',
  unsure: 'Not sure yet',
});

export const sourceMessages = defineMessages('sources', {
  /** The source's own title, a citation: it stays in English in every language. */
  title: 'Building STEM Teacher Leadership',
  /** A gloss of the title for readers of other languages; empty in English. */
  titleGloss: '',
  subtitle:
    'Reflections by the STEM teacher leader community on opportunities and gaps in STEM teacher leader development efforts',
  /** The source pages' titles, cited in English; `pageGloss` says what each is about. */
  pages: {
    benefits: 'How can STEM teacher leadership benefit my school and the work of administrators?',
    steps:
      'What steps could guide an administrator who is interested in implementing a STEM teacher leadership program?',
    elementary: 'How do programs approach elementary STEM teacher leadership?',
    integrated:
      'How might STEM teacher leadership support a vision of integrated STEM instruction and innovation?',
    roles: 'What are potential roles of a STEM teacher leader?',
  },
  pageGloss: { benefits: '', steps: '', elementary: '', integrated: '', roles: '' },
  /** A source page cited under an item: {title} is the source, {page} the page's title. */
  citation: '{title}: {page}',
});
