import type { CatalogPart } from '../../i18n/translation';
import type { needsMessages } from './needs.messages';

export default {
  'stage-needs': {
    items: {
      currentVsVision: {
        statement: 'Hemos comparado la situación actual de STEM con la visión que hemos declarado.',
        descriptors: {
          early: 'Aún no hay comparación; nadie podría decir qué tan lejos está la práctica de la visión.',
          developing: 'Hay impresiones y anécdotas, pero no una evaluación de necesidades estructurada.',
          prepared:
            'Una evaluación de necesidades ha medido la práctica actual de STEM frente a la visión, con conclusiones por escrito.',
          model: 'Las conclusiones escritas se usan en el diseño, y hay una fecha fijada para repetir la evaluación.',
        },
        recommendation:
          'Realice una evaluación de necesidades que compare la situación actual de STEM con la visión declarada y deje por escrito la distancia entre ambas.',
      },
      resourceInventory: {
        statement:
          'Hemos inventariado nuestros recursos didácticos, financieros y de instalaciones, y la experiencia en STEM del personal.',
        descriptors: {
          early: 'No se han inventariado los recursos ni la experiencia.',
          developing: 'Se ha inventariado un área (por ejemplo, los materiales didácticos), pero no las demás.',
          prepared:
            'Los inventarios y encuestas abarcan las necesidades didácticas, financieras y de instalaciones, y la experiencia del personal.',
          model: 'Los inventarios están al día, se comparten con el equipo y orientan el gasto y el apoyo.',
        },
        recommendation:
          'Use inventarios y encuestas al personal para conocer los recursos didácticos, financieros y de instalaciones, y la experiencia en STEM con la que ya cuenta.',
      },
      assetsAndBarriers: {
        statement: 'Hemos identificado los recursos que podrían acelerar nuestro avance y los obstáculos que podrían frenarlo.',
        descriptors: {
          early: 'No se han analizado los recursos ni los obstáculos.',
          developing: 'Se conocen de manera informal algunos recursos u obstáculos.',
          prepared: 'Existe una lista escrita de recursos y obstáculos, acordada por el equipo de planificación.',
          model: 'Cada obstáculo tiene una respuesta y cada recurso, una forma de aprovecharlo.',
        },
        recommendation:
          'Haga una lista de los recursos que podrían ayudar y de los obstáculos que podrían interferir, para que el diseño aproveche los primeros y prevea los segundos.',
      },
      addedValue: {
        statement:
          'Hemos valorado qué aportaría aquí un nuevo rol de docente líder en STEM, teniendo en cuenta los roles que ya existen y nuestra cultura.',
        descriptors: {
          early: 'La idea de un docente líder en STEM no se ha contrastado con los roles actuales.',
          developing: 'Se ha hablado del posible valor, sin examinar la superposición con los roles existentes.',
          prepared: 'El equipo ha analizado los roles existentes y la cultura, y puede explicar qué aporta el nuevo rol.',
          model: 'El valor añadido está documentado y lo comprende el personal cuyos roles se ven afectados.',
        },
        recommendation:
          'Antes de diseñar el rol, identifique qué aportaría que hoy nadie ofrece, en qué duplicaría puestos actuales y en qué podría no encajar con la forma de trabajar de su escuela.',
      },
    },
    questions: {
      methods: {
        label: '¿Qué inventarios o encuestas han realizado?',
        hint: 'Seleccione todas las opciones que correspondan.',
        options: {
          instructional: 'Recursos didácticos',
          fiscal: 'Recursos financieros',
          facility: 'Instalaciones',
          expertise: 'Experiencia del personal en STEM',
          stakeholderSurvey: 'Encuestas al personal, al alumnado o a las familias',
        },
      },
      currentState: { label: '¿Cuál es la situación actual de STEM en comparación con su visión?' },
      assets: {
        label: 'Recursos que podrían favorecer el avance',
        hint: 'Por ejemplo, la experiencia del personal, aliados, instalaciones o financiamiento.',
      },
      barriers: { label: 'Obstáculos que podrían dificultar el avance' },
      existingRoles: {
        label: 'Roles existentes junto a los que estaría el nuevo puesto, y qué aportaría',
        hint: 'Por ejemplo, asesores pedagógicos (coaches), jefes de departamento o especialistas del distrito.',
      },
    },
    discussionPrompts: [
      '¿Dónde está la mayor distancia entre lo que dice nuestra visión y lo que ocurre hoy en las aulas?',
      '¿Con qué recursos (didácticos, financieros, instalaciones, personas) contamos realmente y cómo lo sabemos?',
      '¿Qué haría aquí un docente líder en STEM que hoy no hace nadie en un rol existente?',
    ],
    errors: {
      currentStateTooLong: 'Escriba un resumen de la situación actual de {max} caracteres como máximo',
      assetsTooLong: 'Escriba los recursos con {max} caracteres como máximo',
      barriersTooLong: 'Escriba los obstáculos con {max} caracteres como máximo',
      existingRolesTooLong: 'Escriba los roles existentes con {max} caracteres como máximo',
    },
  },
} satisfies CatalogPart<typeof needsMessages>;
