import { useSyncExternalStore } from 'react';

/** Where the elder-friendly mode (适老化模式) is remembered between visits. */
export const CARE_MODE_STORAGE_KEY = 'fumin.careMode';

/** Set on <html> while the mode is on, so plain CSS can follow it (index.css). */
export const CARE_MODE_ATTRIBUTE = 'data-care-mode';

const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return globalThis.localStorage.getItem(CARE_MODE_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function reflect(on: boolean) {
  if (on) document.documentElement.setAttribute(CARE_MODE_ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(CARE_MODE_ATTRIBUTE);
}

let current = readStored();
reflect(current);

/** Whether large type, higher contrast and larger targets are on. */
export function careModeOn(): boolean {
  return current;
}

/** Turns the mode on or off, remembers the choice and tells every subscriber. */
export function setCareMode(on: boolean): void {
  current = on;
  reflect(on);
  try {
    if (on) globalThis.localStorage.setItem(CARE_MODE_STORAGE_KEY, 'on');
    else globalThis.localStorage.removeItem(CARE_MODE_STORAGE_KEY);
  } catch {
    // Private mode or storage disabled: the choice just does not survive a reload.
  }
  for (const listener of listeners) listener();
}

/** Reads the remembered choice again (a test clears storage between cases). */
export function reloadCareMode(): void {
  setCareMode(readStored());
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
  };
}

export function useCareMode(): boolean {
  return useSyncExternalStore(subscribe, careModeOn);
}
