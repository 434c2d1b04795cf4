/** weapp cannot print: the organizer saves the code to the album instead. Answers whether printing opened. */
export function printPage(): boolean {
  return false;
}
