import type { CatalogPart } from '../../i18n/translation';
import type { profileMessages } from './profile.messages';

export default {
  'stage-profile': {
    title: 'Acerca de su escuela o distrito',
    shortTitle: 'Perfil',
    purpose: 'Algunos datos que aparecerán en sus resultados y en su plan.',
    questions: {
      orgName: { label: 'Nombre de su escuela o distrito' },
      orgType: {
        label: '¿Este plan es para una escuela o para un distrito?',
        options: { school: 'Una escuela', district: 'Un distrito' },
      },
      level: {
        label: 'Nivel',
        hint: 'Las escuelas primarias verán los enfoques que usan los programas de primaria.',
        options: {
          elementary: 'Primaria',
          middle: 'Escuela intermedia',
          high: 'Escuela secundaria',
          k12: 'K–12',
          district: 'Todo el distrito',
        },
      },
      respondentRole: {
        label: 'Su cargo',
        hint: 'Por ejemplo, director o directora de escuela, superintendente adjunto(a), coordinador(a) de STEM.',
      },
      participantName: {
        label: 'Su nombre (opcional)',
        hint: 'Si participa en un taller: quien lo facilita verá este nombre al abrir su archivo guardado en la sala.',
      },
      participantGroup: {
        label: 'Grupo o mesa del taller (opcional)',
        hint: 'Por ejemplo, «Mesa 3» o «Equipo de ciencias».',
      },
      team: {
        label: 'Integrantes del equipo de planificación (opcional)',
        hint: 'Nombres y cargos, uno por línea.',
      },
      date: { label: 'Fecha de esta evaluación' },
    },
    errors: {
      orgNameMissing: 'Escriba el nombre de su escuela o distrito',
      orgNameTooLong: 'Escriba un nombre de escuela o distrito de {max} caracteres como máximo',
      orgTypeMissing: 'Indique si este plan es para una escuela o para un distrito',
      levelMissing: 'Seleccione el nivel de su escuela o distrito',
      respondentRoleMissing: 'Escriba su cargo',
      respondentRoleTooLong: 'Escriba un cargo de {max} caracteres como máximo',
      participantNameTooLong: 'Escriba un nombre de {max} caracteres como máximo',
      participantGroupTooLong: 'Escriba un grupo o mesa de {max} caracteres como máximo',
      teamTooLong: 'Escriba los integrantes del equipo con {max} caracteres como máximo',
      dateInvalid: 'Escriba la fecha de esta evaluación, por ejemplo, 2026-11-23',
    },
  },
} satisfies CatalogPart<typeof profileMessages>;
