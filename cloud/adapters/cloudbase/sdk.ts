import * as cloud from 'wx-server-sdk';
import type { CloudDb, WxContext, WxOpenApi, WxStorage } from './types';

/**
 * The one module that loads wx-server-sdk. Its declarations are looser than its
 * behaviour, so the casts to the shapes in `types.ts` live here and nowhere else.
 */

export interface CloudInit {
  /** An environment id, or `cloud.DYNAMIC_CURRENT_ENV` inside CloudBase. */
  env: string | symbol;
  /** Only outside CloudBase (the contract suite); inside, the platform supplies credentials. */
  secretId?: string;
  secretKey?: string;
}

type InitOptions = Parameters<typeof cloud.init>[0];

export function initCloud(options: CloudInit): void {
  // throwOnNotFound: false makes doc.get answer `data: null` for a missing document instead of throwing.
  cloud.init({ ...options, throwOnNotFound: false } as unknown as InitOptions);
}

export const currentEnv = (): symbol => cloud.DYNAMIC_CURRENT_ENV;

export function database(): CloudDb {
  return cloud.database({ throwOnNotFound: false } as unknown as Parameters<
    typeof cloud.database
  >[0]) as unknown as CloudDb;
}

export const openapi = (): WxOpenApi => cloud.openapi as unknown as WxOpenApi;

export const storage: WxStorage = {
  uploadFile: (params) => cloud.uploadFile(params),
  downloadFile: (params) => cloud.downloadFile(params) as ReturnType<WxStorage['downloadFile']>,
  getTempFileURL: (params) => cloud.getTempFileURL(params) as ReturnType<WxStorage['getTempFileURL']>,
  deleteFile: (params) => cloud.deleteFile(params) as ReturnType<WxStorage['deleteFile']>,
};

/** The caller of the current invocation; CloudBase runs one invocation per container at a time. */
export const wxContext = (): WxContext => cloud.getWXContext();
