import { readConfig, type Runtime } from '../../core/runtime';
import { HttpOutbound } from '../http-outbound';
import { WxContentSecurity } from './content-security';
import { CloudFiles } from './files';
import { WxContextIdentity } from './identity';
import { SubscribeMessages, type MiniprogramState } from './notifications';
import { readEnvVersion, WxaCodes } from './qrcodes';
import { currentEnv, database, initCloud, openapi, storage, wxContext } from './sdk';
import { CloudbaseStore } from './store';
import { readFieldMaps } from './template-data';
import type { EnvVersion } from './types';

const STATE_OF: Record<EnvVersion, MiniprogramState> = { release: 'formal', trial: 'trial', develop: 'developer' };

let initialised = false;

/**
 * The production adapter set. Built once per container (CloudBase reuses a warm
 * container across invocations); the environment is whichever one the function
 * is deployed in. `MINIPROGRAM_ENV_VERSION` (release | trial | develop) picks the
 * build that 小程序码 and subscribe messages open.
 */
export function createCloudbaseRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  if (!initialised) {
    initCloud({ env: currentEnv() });
    initialised = true;
  }
  const config = readConfig(env);
  // Tickets and codes signed with an empty key could be forged by anyone; refuse to run instead.
  if (!config.signingSecret) throw new Error('SIGNING_SECRET is not set for this function');
  const api = openapi();
  const envVersion = readEnvVersion(env.MINIPROGRAM_ENV_VERSION);
  return {
    store: new CloudbaseStore(database()),
    identity: new WxContextIdentity(wxContext),
    files: new CloudFiles(storage),
    qrcodes: new WxaCodes(api.wxacode, envVersion),
    notifications: new SubscribeMessages(api.subscribeMessage, {
      templates: config.templates,
      fields: readFieldMaps(env),
      state: STATE_OF[envVersion],
    }),
    contentSecurity: new WxContentSecurity(api.security),
    outbound: new HttpOutbound(),
    clock: { now: Date.now },
    config,
  };
}
