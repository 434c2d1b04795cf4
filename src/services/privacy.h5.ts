import Taro from '@tarojs/taro';
import { PRIVACY_VERSION } from '@domain/privacy/policy';

/**
 * H5 has no platform privacy flow: the same notice is shown before the first
 * use of location or photos, and the consent is kept with the notice's version
 * so a changed notice is asked again.
 */
type Resolve = (option: { event: 'agree' | 'disagree' | 'exposureAuthorization'; buttonId?: string }) => void;
type Listener = (pending: Resolve | null) => void;

const KEY = 'privacy-consent';

let pending: Resolve | null = null;
const listeners = new Set<Listener>();

export function watchPrivacyRequests(listener: Listener): () => void {
  listeners.add(listener);
  listener(pending);
  return () => listeners.delete(listener);
}

export function answerPrivacyRequest(agreed: boolean): void {
  pending?.({ event: agreed ? 'agree' : 'disagree' });
}

let asking: Promise<boolean> | null = null;

export function ensurePrivacyConsent(): Promise<boolean> {
  if (Taro.getStorageSync(KEY) === PRIVACY_VERSION) return Promise.resolve(true);
  // A second use while the popup is up (a double tap) waits for the same answer.
  asking ??= new Promise((resolve) => {
    pending = ({ event }) => {
      pending = null;
      asking = null;
      listeners.forEach((l) => l(null));
      if (event === 'agree') Taro.setStorageSync(KEY, PRIVACY_VERSION);
      resolve(event === 'agree');
    };
    listeners.forEach((l) => l(pending));
  });
  return asking;
}
