/** Why a room file could not be opened, and why a file is the wrong kind; Spanish in room-file.messages.es.ts. */
import { defineMessages, params } from '../i18n/i18n';

export const roomFileMessages = defineMessages('store-room-file', {
  /** A room file chosen where a plan or a participant's file was expected. */
  roomFileAsPlan:
    'This is a workshop room file, not a plan. To open it, go to the workshop room and use “Open a room”.',
  /** A plan (participant's) file chosen with “Open a room”. */
  planFileAsRoom:
    'This is a participant’s plan file, not a room file. Add it under “Add participants’ files” instead.',
  newerVersion: params(
    'This room file was saved by a newer version of the app (room file version {version}; this version opens up to {supported}). Update the app, then open it again.',
  ),
  noVersion: 'This room file does not say which version of the app saved it, so it was not opened.',
  noRoom: 'This room file holds no room, so it was not opened.',
  wrongForm: params('Part of this room file is not in the form the app expects ({path}), so it was not opened.'),
  tooLarge: params('This file is too large to be a room file ({size} MB; a room file is at most {max} MB).'),
});
