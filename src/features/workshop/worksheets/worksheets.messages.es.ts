import type { CatalogPart } from '../../../i18n/translation';
import type { worksheetsMessages } from './worksheets.messages';

export default {
  'worksheets-page': {
    title: 'Hojas de trabajo para imprimir',
    lead: 'Todas las preguntas del perfil y de los siete pasos en papel, para cuando falle el wifi o las computadoras portátiles. Cada paso empieza en una página nueva con líneas para un nombre y un equipo en la parte superior; la mayoría de los pasos ocupa varias páginas (unas 30 en total en papel tamaño carta), y cada página impresa lleva su número. Los equipos marcan un nivel para cada afirmación y anotan su evidencia debajo.',
    sheetOf: 'Hoja {number} de {total}',
    participantLine: 'Participante:',
    teamLine: 'Equipo o grupo:',
    print: 'Imprimir las hojas de trabajo',
    tickOne: 'Marque una opción.',
    tickAll: 'Marque todas las que correspondan.',
    elementaryOnly: '(solo planes con grados de primaria)',
    onlyIfChosen: '(solo si marcó «{option}»)',
    stepTitle: 'Paso {number}: {title}',
    rateTitle: 'Califique su preparación',
    rateInstruction:
      'Para cada afirmación, marque el único nivel que describe su situación actual, o {notSure}, y anote su evidencia.',
    evidence: 'Evidencia o notas',
    questionsTitle: 'Preguntas',
    source: 'Fuente: {source}',
    footer:
      'Hojas de trabajo basadas en {title}. Los niveles siguen el continuo Inicial, En desarrollo, Preparado y Modelo de las rúbricas de atributos STEM de Carolina del Norte.',
  },
} satisfies CatalogPart<typeof worksheetsMessages>;
