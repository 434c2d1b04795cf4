/**
 * The slice of wx-server-sdk 4.0.2 the adapters use, typed the way it actually
 * behaves (its own declarations answer `Promise | void | string` and `any`).
 * The adapters depend on these shapes only, so tests can hand them fakes.
 */

export type CloudData = Record<string, unknown>;

/** A query command such as `_.gt(1)`; several on one field are combined with `and`. */
export interface CloudQueryCommand {
  and(...more: CloudQueryCommand[]): CloudQueryCommand;
}

/** `db.command`: the query and update operators the store translates to. */
export interface CloudCommand {
  eq(value: unknown): CloudQueryCommand;
  neq(value: unknown): CloudQueryCommand;
  gt(value: unknown): CloudQueryCommand;
  gte(value: unknown): CloudQueryCommand;
  lt(value: unknown): CloudQueryCommand;
  lte(value: unknown): CloudQueryCommand;
  in(values: unknown[]): CloudQueryCommand;
  set(value: unknown): unknown;
  inc(by: number): unknown;
  remove(): unknown;
}

export interface CloudQuery {
  where(condition: CloudData): CloudQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudQuery;
  skip(offset: number): CloudQuery;
  limit(max: number): CloudQuery;
  get(): Promise<{ data: CloudData[] }>;
  count(): Promise<{ total: number }>;
  update(options: { data: CloudData }): Promise<{ stats: { updated: number } }>;
}

export interface CloudDocument {
  /** With `throwOnNotFound: false`, a missing document answers `data: null`. */
  get(): Promise<{ data: CloudData | null }>;
  update(options: { data: CloudData }): Promise<{ stats: { updated: number } }>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface CloudCollection extends CloudQuery {
  doc(id: string): CloudDocument;
  add(options: { data: CloudData }): Promise<{ _id: string }>;
}

/** Inside a transaction only single-document operations exist: `doc(...)` and `add`. */
export interface CloudTransaction {
  collection(name: string): Pick<CloudCollection, 'doc' | 'add'>;
}

export interface CloudDb {
  command: CloudCommand;
  collection(name: string): CloudCollection;
  /** Re-runs `work` (up to `times`) when the database reports a transaction conflict. */
  runTransaction<R>(work: (tx: CloudTransaction) => Promise<R>, times?: number): Promise<R>;
}

/** Errors from wx-server-sdk carry WeChat's or CloudBase's code here. */
export interface CloudError {
  errCode?: number;
  errMsg?: string;
  message?: string;
}

/** `cloud.openapi.*` as called with camelCase parameters (the SDK converts them to snake_case and back). */
export interface WxOpenApi {
  wxacode: {
    getUnlimited(params: {
      scene: string;
      page: string;
      checkPath: boolean;
      envVersion: EnvVersion;
    }): Promise<{ buffer: Buffer; contentType?: string }>;
  };
  subscribeMessage: {
    send(params: {
      touser: string;
      templateId: string;
      page: string;
      data: Record<string, { value: string }>;
      miniprogramState: 'developer' | 'trial' | 'formal';
      lang: 'zh_CN';
    }): Promise<unknown>;
  };
  security: {
    msgSecCheck(params: {
      openid: string;
      scene: number;
      version: 2;
      content: string;
    }): Promise<{ result?: { suggest?: string; label?: number } }>;
    mediaCheckAsync(params: {
      openid: string;
      scene: number;
      version: 2;
      mediaUrl: string;
      mediaType: 1 | 2;
    }): Promise<{ traceId?: string }>;
  };
}

/** Which build of the mini-program codes and message links open. */
export type EnvVersion = 'release' | 'trial' | 'develop';

export interface WxStorage {
  uploadFile(params: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(params: { fileID: string }): Promise<{ fileContent: Buffer }>;
  getTempFileURL(params: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[] }>;
  /** At most 50 files a call. */
  deleteFile(params: {
    fileList: string[];
  }): Promise<{ fileList: { fileID: string; status: number; errMsg: string }[] }>;
}

export interface WxContext {
  OPENID?: string;
  SOURCE?: string;
}
