/**
 * Renders a hook in a real React root (jsdom), as a page holds it, and answers
 * its latest value: the shape of @testing-library/react's renderHook, without
 * the dependency. Each state change inside `act` re-renders, so `current` is
 * what the page would draw next.
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface RenderedHook<T, P> {
  /** The hook's answer at the last render. */
  readonly current: T;
  /** Renders again with new props (e.g. a report whose status changed). */
  rerender(props: P): void;
  unmount(): void;
}

export function renderHook<T, P = undefined>(hook: (props: P) => T, initialProps?: P): RenderedHook<T, P> {
  const latest: { value?: T } = {};
  function Probe({ props }: { props: P }) {
    latest.value = hook(props);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  const render = (props: P) => act(() => root.render(createElement(Probe, { props })));
  render(initialProps as P);
  return {
    get current() {
      return latest.value as T;
    },
    rerender: render,
    unmount: () => act(() => root.unmount()),
  };
}
