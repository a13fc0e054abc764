/**
 * The store's wording for people: why a plan file was not opened, and why saved answers could not be used.
 * Spanish beside it in store.messages.es.ts. Each message is read when the problem happens (or, for saved
 * answers, when the notice is shown), never held in a constant, so it comes out in the language on screen.
 */
import { defineMessages, params } from '../i18n/i18n';

/** Opening a file (file-flow.ts) and saved answers that could not be used (unreadable-reason.ts). */
export const storeMessages = defineMessages('store', {
  fileUnreadable: 'This file could not be read. It may have been moved or deleted.',
  checksNotLoaded:
    'The part of the app that checks plan files could not be loaded. Check your connection and try again; your current answers are unchanged.',
  savedEmpty: 'The saved answers were empty.',
  savedDamaged: 'The saved answers were damaged and could not be read.',
  savedByNewerVersion: params('These answers were saved by a newer version of the app (version {version}).'),
  savedNoUpgrade: params('No upgrade exists for answers saved at version {version}.'),
  savedUpgradeFailed: 'The saved answers could not be upgraded.',
});

/**
 * Why a plan file was refused (plan-file.ts, plan-file-format.ts). “Save a copy” names the button in the
 * "Your data" menu; “state” and the parts in {parts} and {path} are the file's own (English) field names.
 */
export const planFileMessages = defineMessages('store-plan-file', {
  notAPlan:
    'This file is not a plan saved by the STEM Teacher Leadership Planner. Choose a file you saved with “Save a copy”.',
  isPdf: 'This file is a PDF. To open a plan, choose the .json file you saved with “Save a copy”, not an exported PDF.',
  isImage: 'This file is an image, not a plan file. Choose the .json file you saved with “Save a copy”.',
  isDocumentOrArchive:
    'This file is a document or archive (such as Word, Excel or ZIP), not a plan file. Choose the .json file you saved with “Save a copy”.',
  notText: 'This file is not a text file, so it cannot be a plan file. Choose the .json file you saved with “Save a copy”.',
  unreadable: 'This file could not be read as a plan file.',
  empty: 'This file is empty. Choose the .json file you saved with “Save a copy”.',
  tooDeep: 'This file is nested far more deeply than a plan file can be, so it was not opened.',
  notJson: 'This file is not a plan file: it is not valid JSON. It may be damaged or cut short.',
  hugeList: 'This file has a list far longer than a plan file can have, so it was not opened.',
  otherApp: 'This file was made by another app, not by the STEM Teacher Leadership Planner.',
  otherNamedApp: params('This file was made by another app (“{app}”), not by the STEM Teacher Leadership Planner.'),
  noVersion: 'This plan file does not say which version of the app saved it, so it cannot be opened safely.',
  newerVersion: params(
    'This plan file was saved by a newer version of the app (file version {version}, this app reads up to {supported}). Reload the page to get the newest version, then try again.',
  ),
  noAnswers: 'This plan file has no answers in it: its “state” part is missing.',
  tooOld: params('This plan file is from an old version of the app (file version {version}) that can no longer be upgraded.'),
  upgradeFailed: params(
    'This plan file is from an older version of the app (file version {version}) and could not be upgraded.',
  ),
  /** {parts}: the missing field names, each in quotes, as a list ("“profile” and “completed”"). */
  missingParts: params('This plan file is missing part of the answers: {parts}.'),
  /** {path}: where in the file, e.g. "steps › needs". */
  wrongForm: params(
    'This plan file has an answer that is not in the expected form, at “{path}”. It may have been edited by hand. Nothing was changed.',
  ),
  /** {size} and {max} are in megabytes, formatted for the language ("1.5" / "1,5"). */
  tooLarge: params('This file is too large to be a plan file ({size} MB; a plan file is at most {max} MB).'),
  /** A missing field's name in quotes, for {parts}. */
  quotedPart: params('“{part}”'),
});
