import type { CatalogPart } from '../../i18n/translation';
import type { answersCodeDialogMessages } from './answers-code.messages';

export default {
  'data-answers-code': {
    open: 'Mostrar mis respuestas como código',
    openHint: 'Para un taller sin memorias USB ni unidad compartida: un bloque de texto para copiar y enviar al facilitador.',
    title: 'Sus respuestas como código',
    privacy:
      'El código contiene su nombre, grupo, perfil y calificaciones de preparación: no sus notas, otras respuestas ni su plan. Se genera en esta computadora y no va a ninguna parte a menos que usted lo copie o lo muestre.',
    making: 'Generando el código…',
    label: 'Código para el facilitador',
    copy: 'Copiar el código',
    copied: 'Copiado. Péguelo donde le indicó el facilitador (un mensaje de chat o un correo electrónico, por ejemplo).',
    copyFailed: 'Este navegador no permitió copiar. El código está seleccionado: cópielo con Ctrl+C (⌘C en una Mac).',
    noRatings: 'Todavía no hay calificaciones de preparación para compartir. Califique primero al menos un paso.',
    failed: 'No se pudo generar el código en este navegador. Use «Guardar una copia» en su lugar.',
    close: 'Cerrar',
  },
} satisfies CatalogPart<typeof answersCodeDialogMessages>;
