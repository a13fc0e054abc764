/**
 * Browser storage that fails softly. Storage can be blocked, full, damaged, or written by another tab;
 * in every case the app keeps working in memory and says what happened (issue #5).
 *
 * - Unreadable or unmigratable saved data is copied to a backup key of its own (never reused, so a
 *   backup is never overwritten), kept in memory for download, and the app starts fresh.
 * - A failed write (QuotaExceededError, SecurityError) leaves the answers in memory and raises a
 *   lasting warning.
 * - Every write carries a revision number. A tab only writes over the revision it last read or wrote,
 *   so a tab that fell behind never silently replaces newer answers from another tab.
 * - Memory-only mode ("Don't save on this computer") stops reading and writing answers altogether.
 */
import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { loadValidation, loadedValidation, validationIfLoaded } from './load-validation';
import { PERSIST_VERSION, STORAGE_KEY, type PersistedState } from './persist-keys';
import type { UnreadableReason } from './unreadable-reason';

/** Every key the app owns starts with STORAGE_KEY, so "Remove my answers" can find them all. */
export const BACKUP_KEY_PREFIX = `${STORAGE_KEY}:backup:`;
export const MEMORY_ONLY_KEY = `${STORAGE_KEY}:memory-only`;

export type StorageProblem = 'unavailable' | 'full';

export interface UnreadableData {
  /** Exactly what was stored, for download. */
  raw: string;
  /** Where the copy was kept, or null when even the backup could not be written. */
  backupKey: string | null;
  /** Worded by describeUnreadable (unreadable-reason.ts) when the notice is shown. */
  reason: UnreadableReason;
}

export interface StorageStatus {
  memoryOnly: boolean;
  /** Set while writes fail; cleared by the next successful write. */
  problem: StorageProblem | null;
  unreadable: UnreadableData | null;
  /** Another tab saved newer answers than this tab has, and this tab has changes of its own. */
  conflict: boolean;
  /** Bumped whenever answers are reloaded from another tab, so open forms can remount with them. */
  externalRevision: number;
  lastSavedAt: number | null;
}

export const useStorageStatus = create<StorageStatus>(() => ({
  memoryOnly: false,
  problem: null,
  unreadable: null,
  conflict: false,
  externalRevision: 0,
  lastSavedAt: null,
}));

/** What is stored under STORAGE_KEY: zustand's value plus our revision counter. */
interface StoredValue {
  state: unknown;
  version: number;
  revision?: number;
}

export function local(): Storage | null {
  // Reading window.localStorage itself throws a SecurityError when the browser blocks site data.
  try {
    return window.localStorage ?? null;
  } catch {
    return null;
  }
}

function session(): Storage | null {
  try {
    return window.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function readFlag(key: string): boolean {
  try {
    return session()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const { name, code } = error as DOMException;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function parseStored(raw: string): StoredValue | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const { state, version, revision } = value as Record<string, unknown>;
    if (typeof state !== 'object' || state === null || Array.isArray(state)) return null;
    if (typeof version !== 'number' || !Number.isInteger(version)) return null;
    return { state, version, revision: typeof revision === 'number' ? revision : 0 };
  } catch {
    return null;
  }
}

function revisionOf(raw: string | null): number {
  if (raw === null) return 0;
  return parseStored(raw)?.revision ?? 0;
}

/** Keep a copy under a key of its own; a timestamp plus counter makes each backup key new. */
function backUp(raw: string, reason: UnreadableReason) {
  const store = local();
  let backupKey: string | null = null;
  if (store) {
    // Another tab may have kept this very data already; one copy is enough.
    const existing = appKeys(store).find((k) => k.startsWith(BACKUP_KEY_PREFIX) && store.getItem(k) === raw);
    if (existing) {
      useStorageStatus.setState({ unreadable: { raw, backupKey: existing, reason } });
      return;
    }
    let key = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}`;
    for (let n = 2; store.getItem(key) !== null; n++) key = `${BACKUP_KEY_PREFIX}${new Date().toISOString()}-${n}`;
    try {
      store.setItem(key, raw);
      backupKey = key;
    } catch {
      // Full or blocked: the copy stays in memory for download, which the banner offers.
    }
  }
  useStorageStatus.setState({ unreadable: { raw, backupKey, reason } });
}

let knownRevision = 0;

export interface SafeStorage extends PersistStorage<PersistedState> {
  setMemoryOnly: (on: boolean) => void;
  /** Forget which revision this tab last saw, so the next write replaces whatever is stored. */
  acceptOverwrite: () => void;
  /** Remove every key the app owns from localStorage and sessionStorage. */
  removeAllAppData: () => void;
}

/** Parse, upgrade and check saved answers; back up whatever cannot be used. Needs the checks loaded. */
function readSaved(raw: string): StorageValue<PersistedState> | null {
  const stored = parseStored(raw);
  if (!stored) {
    backUp(raw, { kind: raw.trim() === '' ? 'empty' : 'damaged' });
    knownRevision = 0;
    return null;
  }
  let state: PersistedState;
  try {
    state = loadedValidation().migratePersistedState(stored.state, stored.version);
  } catch (error) {
    backUp(raw, unmigratableReason(error));
    knownRevision = stored.revision ?? 0;
    return null;
  }
  knownRevision = stored.revision ?? 0;
  useStorageStatus.setState({ conflict: false });
  return { state, version: PERSIST_VERSION };
}

/** Why saved answers could not be brought to today's shape (the checks are loaded by then). */
function unmigratableReason(error: unknown): UnreadableReason {
  if (!(error instanceof loadedValidation().UnsupportedVersionError)) return { kind: 'upgradeFailed' };
  return error.version > PERSIST_VERSION
    ? { kind: 'newerVersion', version: error.version }
    : { kind: 'noUpgrade', version: error.version };
}

export function createSafeStorage(): SafeStorage {
  useStorageStatus.setState({ memoryOnly: readFlag(MEMORY_ONLY_KEY) });

  return {
    getItem(name) {
      if (useStorageStatus.getState().memoryOnly) return null;
      const store = local();
      let raw: string | null;
      try {
        if (!store) throw new Error('no localStorage');
        raw = store.getItem(name);
      } catch {
        useStorageStatus.setState({ problem: 'unavailable' });
        return null;
      }
      if (raw === null) {
        knownRevision = 0;
        return null;
      }
      if (validationIfLoaded()) return readSaved(raw);
      // The checks (zod) load only when there is saved data to check; see load-validation.ts.
      const saved = raw;
      return loadValidation().then(
        () => readSaved(saved),
        () => {
          // Cannot check the saved answers now (e.g. offline before the app was cached): keep them,
          // and treat them as newer than this tab so nothing overwrites them without asking.
          knownRevision = -1;
          return null;
        },
      );
    },

    setItem(name, value) {
      const status = useStorageStatus.getState();
      if (status.memoryOnly) return;
      const store = local();
      try {
        if (!store) throw new Error('no localStorage');
        const current = revisionOf(store.getItem(name));
        if (current > knownRevision) {
          // Another tab wrote since this tab last read: never replace its answers without asking.
          if (!status.conflict) useStorageStatus.setState({ conflict: true });
          return;
        }
        const revision = Math.max(current, knownRevision) + 1;
        store.setItem(name, JSON.stringify({ state: value.state, version: value.version ?? PERSIST_VERSION, revision } satisfies StoredValue));
        knownRevision = revision;
        useStorageStatus.setState({ problem: null, lastSavedAt: Date.now() });
      } catch (error) {
        useStorageStatus.setState({ problem: isQuotaError(error) ? 'full' : 'unavailable' });
      }
    },

    removeItem(name) {
      try {
        local()?.removeItem(name);
      } catch {
        // Nothing stored can be reached, so nothing is left to remove.
      }
      knownRevision = 0;
    },

    setMemoryOnly(on) {
      try {
        if (on) session()?.setItem(MEMORY_ONLY_KEY, '1');
        else session()?.removeItem(MEMORY_ONLY_KEY);
      } catch {
        // The mode still holds for this page; it just will not survive a reload.
      }
      if (on) {
        this.removeItem(STORAGE_KEY);
        useStorageStatus.setState({ memoryOnly: true, conflict: false, lastSavedAt: null });
      } else {
        useStorageStatus.setState({ memoryOnly: false });
      }
    },

    acceptOverwrite() {
      knownRevision = revisionOf(safeGet(STORAGE_KEY));
      useStorageStatus.setState({ conflict: false });
    },

    removeAllAppData() {
      for (const store of [local(), session()]) {
        if (!store) continue;
        try {
          for (const key of appKeys(store)) store.removeItem(key);
        } catch {
          // Blocked storage holds nothing of ours.
        }
      }
      knownRevision = 0;
      useStorageStatus.setState({ unreadable: null, conflict: false, lastSavedAt: null });
    },
  };
}

function appKeys(store: Storage): string[] {
  return Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string => key !== null && key.startsWith(STORAGE_KEY),
  );
}

/** Whether stored text can be read at all; used to ignore another tab's damaged write. */
export function isReadableStoredValue(raw: string | null): boolean {
  return raw === null || parseStored(raw) !== null;
}

function safeGet(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** For tests: start each from a clean slate. */
export function resetStorageStatusForTests() {
  knownRevision = 0;
  useStorageStatus.setState(useStorageStatus.getInitialState(), true);
}
