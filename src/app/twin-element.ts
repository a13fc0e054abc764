/**
 * Finding an element's twin when the same screen has been drawn twice: the prerendered copy in index.html and the
 * app's own drawing (docs/decisions/0012-first-paint-and-first-field.md). Used to put focus back and to click again
 * what was clicked before the app took over.
 */

/**
 * An element described so that its twin can be found in another drawing of the same screen: by id where the id is the
 * app's own (React's generated ids differ between the two), else by element, text and place among the elements with
 * that text.
 */
export type Locator = { id: string } | { tag: string; text: string; nth: number };

const REACT_GENERATED_ID = /^_[rR]_/;

const textOf = (element: Element) => element.textContent?.trim() ?? '';

export function locate(element: Element, root: Element): Locator {
  if (element.id && !REACT_GENERATED_ID.test(element.id)) return { id: element.id };
  const text = textOf(element);
  const twins = [...root.querySelectorAll(element.tagName)].filter((e) => textOf(e) === text);
  return { tag: element.tagName, text, nth: twins.indexOf(element) };
}

export function find(locator: Locator, root: HTMLElement): HTMLElement | null {
  const found =
    'id' in locator
      ? document.getElementById(locator.id)
      : [...root.querySelectorAll(locator.tag)].filter((e) => textOf(e) === locator.text)[locator.nth];
  return found instanceof HTMLElement && root.contains(found) ? found : null;
}

/**
 * The element now in `root` that stands where `removed` stood before the page in `root` was drawn afresh (React
 * drew the start page again instead of adopting it). `removed` still hangs in what was one of root's children;
 * that child's twin is found by element and class, and `removed`'s twin inside it.
 */
export function twinOfRemoved(removed: Element, root: HTMLElement): HTMLElement | null {
  let top = removed;
  while (top.parentElement) top = top.parentElement;
  const place = [...root.children].find((child) => child.tagName === top.tagName && child.className === top.className);
  if (!(place instanceof HTMLElement)) return null;
  return top === removed ? place : find(locate(removed, top), place);
}
