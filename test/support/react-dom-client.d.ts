/** The part of react-dom/client the hook tests use (the project carries no @types/react-dom). */
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export function createRoot(container: Element): { render(node: ReactNode): void; unmount(): void };
}
