import { readRetention, type RetentionDays } from '@domain/privacy/retention';
import type { Store } from '../ports/store';
import type {
  Clock,
  ContentSecurityPort,
  FilesPort,
  IdentityPort,
  NotificationsPort,
  OutboundPort,
  QrCodesPort,
} from '../ports/side-effects';

export interface RuntimeConfig {
  /** The first admins; later admins are role records granted by these. */
  adminOpenids: string[];
  /** Signs tickets and check-in codes; must be set per environment. */
  signingSecret: string;
  /** Subscribe-message template ids by our own key. */
  templates: Record<string, string>;
  /** Days each kind of personal data is kept: the notice's periods, or shorter ones (RETENTION_<KIND>_DAYS). */
  retention: RetentionDays;
}

/** Everything a cloud function may touch. Built once per process by an adapter set. */
export interface Runtime {
  store: Store;
  identity: IdentityPort;
  files: FilesPort;
  qrcodes: QrCodesPort;
  notifications: NotificationsPort;
  contentSecurity: ContentSecurityPort;
  outbound: OutboundPort;
  clock: Clock;
  config: RuntimeConfig;
}

export function readConfig(env: NodeJS.ProcessEnv): RuntimeConfig {
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const templates: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^TEMPLATE_(\w+)$/.exec(key);
    if (m && value) templates[m[1].toLowerCase()] = value;
  }
  return {
    adminOpenids: list(env.ADMIN_OPENIDS),
    signingSecret: env.SIGNING_SECRET ?? '',
    templates,
    // Throws on a period longer than the privacy notice promises: the function refuses to start rather than keep data too long.
    retention: readRetention(env),
  };
}
