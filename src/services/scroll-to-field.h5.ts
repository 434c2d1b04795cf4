/**
 * H5: the field is scrolled to the middle of the screen by the browser. Taro's
 * H5 pageScrollTo takes the first match in the whole document (pages earlier in
 * the H5 history stay there, hidden) and scrolls to its `offsetTop`, which is
 * measured from the nearest positioned card, not the page: it scrolled to the
 * wrong place or not at all. Only a match that is drawn (on the current page) counts.
 */
export function scrollToField(selector: string): void {
  const shown = Array.from(document.querySelectorAll<HTMLElement>(selector)).find(
    (el) => el.getClientRects().length > 0,
  );
  shown?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
