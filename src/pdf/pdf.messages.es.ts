import type { CatalogPart } from '../i18n/translation';
import type { pdfCommonMessages, pdfPlanMessages } from './pdf.messages';

export default {
  'pdf-common': {
    creator: 'Planificador de liderazgo docente en STEM',
    noWorker: 'Este navegador no puede crear archivos PDF en segundo plano. Use una versión actual de Chrome, Edge, Firefox o Safari.',
    basedOn: 'Basado en {source}',
    pageOf: 'Página {page} de {total}',
    notProvided: 'No se indicó',
  },
  'pdf-plan': {
    title: {
      full: 'Plan de implementación de liderazgo docente en STEM',
      quick: 'Informe de preparación para el liderazgo docente en STEM',
    },
    documentTitle: '{title}: {orgName}',
    subjectFull: 'Plan de implementación basado en {source}',
    subjectQuick: 'Informe de preparación basado en {source}',
    keywords: 'STEM, liderazgo docente, plan de implementación',
    source: 'Fuente: {source}',
    stepTitle: 'Paso {number}. {title}',
    noActions: 'Todavía no se ha planificado ninguna acción.',

    cover: {
      preparedBy: 'Preparado por',
      assessmentDate: 'Fecha de la evaluación',
      generated: 'Fecha del documento',
      planningTeam: 'Equipo de planificación',
      overallReadiness: 'Preparación general',
    },
    coverNote:
      'Este documento se preparó con una herramienta de planificación basada en {source}, reflexiones de la comunidad de docentes líderes en STEM. Las respuestas y los planes son del equipo; las orientaciones parafrasean las páginas de la fuente que se indican al final.',

    summary: {
      title: 'Resumen ejecutivo',
      decision: 'Decisión sobre si seguir adelante',
      why: 'Por qué',
      overridden: 'La decisión del equipo difiere de la propuesta de la herramienta',
      overallReadiness: 'Preparación general',
      topGaps: 'Brechas principales',
      noGaps: 'Ningún enunciado se calificó por debajo de Preparado.',
      nextActions: 'Próximas tres acciones',
      columns: { action: 'Acción', owner: 'Responsable', due: 'Fecha límite' },
    },
    proposedByTool: 'Propuesta de la herramienta: {label}',
    changeReason: 'Motivo del cambio: {reason}',
    overallLine: '{level}. {explanation}',
    gapStep: 'Paso {number}, {title} · Calificación: {rating}',
    recommendation: 'Recomendación: {recommendation}',

    profile: {
      title: 'Perfil de preparación',
      intro:
        'Cada barra muestra el nivel alcanzado en uno de los siete pasos, de Inicial a En desarrollo, Preparado y Modelo. El nivel está escrito en cada barra; las mismas cifras aparecen a continuación en una tabla.',
      tableHeading: 'Las mismas cifras en una tabla',
      ruleHeading: 'Cómo se determinan los niveles',
      columns: { step: 'Paso', level: 'Nivel', itemsRated: 'Enunciados calificados', notSure: 'Aún no lo sé' },
    },
    ratedOf: '{rated} de {total}',

    steps: {
      quickTitle: 'Calificaciones por paso',
      ratings: 'Calificaciones de preparación',
      answers: 'Respuestas',
      columns: { statement: 'Enunciado', level: 'Nivel', notes: 'Evidencia y notas' },
    },

    actionPlan: {
      title: 'Plan de acción',
      columns: {
        action: 'Acción',
        step: 'Paso',
        owner: 'Responsable',
        start: 'Inicio',
        due: 'Fecha límite',
        resources: 'Recursos',
        successMeasure: 'Medida de éxito',
        status: 'Estado',
      },
    },
    actionPlanIntro: {
      one: '{count} acción, en el orden en que la anotó el equipo. La columna Paso indica el número del paso al que corresponde la acción (vea el perfil de preparación).',
      other:
        '{count} acciones, en el orden en que las anotó el equipo. La columna Paso indica el número del paso al que corresponde cada acción (vea el perfil de preparación).',
    },
    stepNumber: 'Paso {number}',

    job: {
      title: 'Borrador de la descripción del puesto',
      none: 'Todavía no se ha redactado una descripción del puesto.',
      intro:
        'Un primer borrador elaborado a partir de las respuestas del equipo en el paso 6, para completarlo con el departamento de recursos humanos.',
    },
    pd: {
      title: 'Plan de desarrollo profesional del docente líder',
      none: 'Todavía no se ha planificado el desarrollo profesional.',
      columns: {
        area: 'Área',
        currentStrength: 'Nivel actual',
        priority: 'Prioridad',
        plannedSupport: 'Apoyo previsto',
        timeline: 'Plazo',
      },
    },
    sustainability: {
      title: 'Resumen de sostenibilidad',
      none: 'Todavía no se ha redactado un plan de sostenibilidad.',
      fundingByYear: 'Financiamiento por año',
      columns: { year: 'Año', source: 'Fuente de financiamiento', details: 'Detalles' },
      transition: 'Transición de los puestos a un financiamiento recurrente',
      elementsToSustain: 'Cómo decidir qué elementos mantener',
      evidence: 'Evidencia del plan de evaluación',
      partners: 'Aliados',
    },
    approachesTitle: 'Enfoques que conviene considerar',

    sources: {
      title: 'Fuentes',
      intro:
        'Los enunciados de preparación, las descripciones de los niveles y las recomendaciones de este documento están redactados con palabras propias de la herramienta, a partir de las páginas que se indican abajo. Cada enunciado indica la página de la que procede.',
      stateResources: 'Recursos estatales consultados',
      none: 'No se registró ninguno.',
    },
    quoted: '«{text}»',
  },
} satisfies CatalogPart<typeof pdfCommonMessages> & CatalogPart<typeof pdfPlanMessages>;
