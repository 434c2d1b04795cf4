/** A CloudBase timer trigger's event (`{ Type: 'Timer', TriggerName, Time }`). */
export const isTimer = (event: unknown): boolean =>
  event !== null && typeof event === 'object' && (event as { Type?: unknown }).Type === 'Timer';
