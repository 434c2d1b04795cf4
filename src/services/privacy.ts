import Taro from '@tarojs/taro';

/**
 * WeChat asks the app to show its privacy notice the first time a page uses a
 * private API (location, photos). There is one platform listener; the gate
 * mounted on the current page shows the popup and answers through `resolve`.
 * Agreeing must come from a tap on an agreePrivacyAuthorization button: the
 * platform checks, so no stored flag can stand in for it.
 */
type Resolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Listener = (pending: Resolve | null) => void;

let pending: Resolve | null = null;
const listeners = new Set<Listener>();
let registered = false;

export function watchPrivacyRequests(listener: Listener): () => void {
  if (!registered && typeof Taro.onNeedPrivacyAuthorization === 'function') {
    registered = true;
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending = resolve;
      resolve({ event: 'exposureAuthorization' });
      listeners.forEach((l) => l(pending));
    });
  }
  listeners.add(listener);
  listener(pending);
  return () => listeners.delete(listener);
}

export function answerPrivacyRequest(agreed: boolean, buttonId?: string): void {
  pending?.(agreed ? { event: 'agree', buttonId } : { event: 'disagree' });
  pending = null;
  listeners.forEach((l) => l(null));
}

/** weapp: the platform asks through onNeedPrivacyAuthorization when needed. */
export async function ensurePrivacyConsent(): Promise<boolean> {
  return true;
}
