/** H5: the browser's print dialog; the poster page's print CSS lays it out on one A4 sheet. */
export function printPage(): boolean {
  window.print();
  return true;
}
