import type { CatalogPart } from '../../i18n/translation';
import type { sustainabilityMessages } from './sustainability.messages';

export default {
  'stage-sustainability': {
    items: {
      plannedBeforeLaunch: {
        statement: 'Tenemos un plan de sostenibilidad antes de que se lance el programa, aunque vaya a cambiar.',
        descriptors: {
          early: 'La sostenibilidad se considerará cuando el programa demuestre su valor.',
          developing: 'Se ha hablado de la sostenibilidad, pero no hay nada por escrito.',
          prepared: 'Existe un plan de sostenibilidad por escrito antes del lanzamiento, con una fecha para revisarlo.',
          model: 'El plan tiene un ciclo de revisión fijado y se ha compartido con el personal como señal de que el programa es una prioridad.',
        },
        recommendation:
          'Redacte el plan de sostenibilidad antes del lanzamiento, no cuando el programa ya haya demostrado su valor; planificar con tiempo le indica al personal que la iniciativa se valora.',
      },
      recurringFunding: {
        statement:
          'Si los puestos comienzan con fondos de una subvención, tenemos un plan para pasarlos a una fuente de financiamiento recurrente.',
        descriptors: {
          early: 'Los puestos dependen de una subvención sin un plan para lo que venga después.',
          developing: 'Se espera que el éxito atraiga financiamiento más adelante.',
          prepared: 'Un cronograma traslada los puestos de la subvención al financiamiento recurrente.',
          model:
            'El financiamiento recurrente está comprometido, de modo que los líderes y sus programas no se quedan sin fondos de un momento a otro.',
        },
        recommendation:
          'Planifique, año por año, cómo pasarán los puestos financiados con subvenciones a una fuente recurrente segura; depender de fondos futuros deja a los líderes y a los programas en la incertidumbre.',
      },
      elementsToSustain: {
        statement: 'Contamos con una forma de valorar qué elementos del programa funcionan mejor y deben mantenerse.',
        descriptors: {
          early: 'No hay forma de saber qué elementos están funcionando.',
          developing: 'El éxito se valora de manera informal.',
          prepared: 'Se reunirá evidencia para decidir qué elementos mantener.',
          model: 'Para cada elemento están acordados la evidencia que se reunirá, quién la reunirá y cuándo se decidirá si se mantiene o no.',
        },
        recommendation:
          'Decida de antemano cómo evaluará qué elementos funcionan mejor, para que, cuando el presupuesto se reduzca, esté claro qué partes vale la pena mantener.',
      },
      partnersAsAmbassadors: {
        statement:
          'Los aliados respaldan la visión como aliados estratégicos que ayudan a definir la estrategia, no solo como financiadores.',
        descriptors: {
          early: 'No hay aliados fuera de la escuela o el distrito.',
          developing: 'Los aliados solo aportan fondos.',
          prepared: 'Al menos un aliado ayuda a definir la estrategia, no solo el presupuesto.',
          model:
            'Los aliados tienen un papel definido en la planificación, como un puesto en el equipo de planificación o una reunión estratégica periódica.',
        },
        recommendation: 'Busque aliados que piensen la estrategia con usted, no solo que la financien.',
      },
      storytelling: {
        statement: 'El personal docente y el alumnado están listos para contar la historia del programa y mostrar su impacto.',
        descriptors: {
          early: 'No se ha pedido a nadie que hable en nombre del programa.',
          developing: 'Solo los administradores cuentan la historia del programa.',
          prepared:
            'Se ha designado a los docentes que hablarán en nombre del programa, y están previstas formas de que el alumnado muestre su trabajo.',
          model:
            'Hay ocasiones en el calendario para que docentes y estudiantes presenten el programa a las familias, los aliados y la junta escolar.',
        },
        recommendation:
          'Pida a los docentes que sean embajadores del programa y dé al alumnado oportunidades de mostrar lo que ha cambiado para ellos.',
      },
    },
    questions: {
      fundingByYear: {
        label: 'Financiamiento del puesto de docente líder, año por año',
        hint: 'Muestre cómo pasan los puestos de los fondos de una subvención a una fuente recurrente.',
        rows: { year1: 'Año 1', year2: 'Año 2', year3: 'Año 3' },
        columns: {
          source: {
            label: 'Fuente principal de financiamiento',
            options: {
              grant: 'Subvención',
              recurring: 'Presupuesto recurrente',
              partner: 'Aporte de un aliado',
              mixed: 'Combinación de fuentes',
              unknown: 'Aún sin identificar',
            },
          },
          note: { label: 'Detalles' },
        },
      },
      transition: { label: 'Cómo pasarán los puestos del financiamiento de una subvención a una fuente recurrente' },
      elementsToSustain: { label: 'Cómo decidirá qué elementos mantener' },
      partners: {
        label: 'Aliados que aportarán ideas y actuarán como embajadores',
        hint: 'Los aliados pueden ayudar a construir la estrategia, no solo a financiarla; el personal docente y el alumnado pueden contar la historia.',
      },
    },
    discussionPrompts: [
      'Si la subvención terminara el próximo junio, ¿qué pasaría con el puesto?',
      '¿Qué aliado podría ayudarnos a pensar, no solo a pagar?',
      '¿Qué evidencia nos convencería de mantener (o eliminar) una parte del programa?',
    ],
    errors: {
      fundingNoteTooLong: 'Escriba los detalles del financiamiento con {max} caracteres como máximo',
      transitionTooLong: 'Escriba su plan de transición con {max} caracteres como máximo',
      elementsToSustainTooLong: 'Explique cómo decidirá qué mantener con {max} caracteres como máximo',
      partnersTooLong: 'Escriba los aliados con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof sustainabilityMessages>;
