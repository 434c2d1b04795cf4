/**
 * Ports for every side effect besides the store. Each has a CloudBase adapter
 * (wx-server-sdk) and a local adapter; function code sees only these shapes.
 */

/** Who is calling. On CloudBase the WX context; locally the dev sign-in of this request. */
export interface IdentityPort {
  /** The caller's openid, or null when the call carries no identity. */
  openid(): string | null;
}

export interface StoredFile {
  fileId: string;
  /** A URL a client can show (temporary on CloudBase). */
  url: string;
}

export interface FilesPort {
  put(path: string, content: Buffer, contentType: string): Promise<StoredFile>;
  url(fileId: string): Promise<string>;
  /** A stored file's bytes, or null when there is no such file. */
  read(fileId: string): Promise<Buffer | null>;
  /** The storage path a file id names (`uploads/…/0.jpg`), or null when it is not one of this store's ids. */
  pathOf(fileId: string): string | null;
  /** Deletes stored files (the retention purge); a file already gone counts as deleted. */
  remove(fileIds: string[]): Promise<void>;
}

export interface QrCodeRequest {
  /** The page the code opens, e.g. `pages/event/index`. */
  page: string;
  /** At most 32 visible characters (wxacode.getUnlimited's limit). */
  scene: string;
}

export interface QrCodesPort {
  /** A PNG of a code that opens `page` with `scene`. */
  create(request: QrCodeRequest): Promise<Buffer>;
}

export interface Notification {
  toOpenid: string;
  /** A key of the configured subscribe-message templates. */
  template: string;
  page: string;
  data: Record<string, string>;
}

export interface NotificationsPort {
  /** Answers whether the message was delivered (a user who did not subscribe gets none). */
  send(message: Notification): Promise<{ delivered: boolean; reason?: string }>;
  /**
   * Deletes the copies this adapter records (none where the platform delivers
   * them): those addressed to a person, or up to `limit` recorded before a moment.
   * Answers how many were deleted.
   */
  forget(which: { toOpenid: string } | { before: number; limit: number }): Promise<number>;
}

export type Verdict = 'pass' | 'review' | 'risky';

export interface ContentSecurityPort {
  checkText(input: { openid: string; text: string; scene: 1 | 2 | 3 | 4 }): Promise<Verdict>;
  /** Starts an asynchronous image check; the verdict arrives later through `traceId`. */
  submitMedia(input: { openid: string; url: string; scene: 1 | 2 | 3 | 4 }): Promise<{ traceId: string }>;
}

export interface OutboundDelivery {
  url: string;
  secret: string;
  body: unknown;
}

export interface OutboundPort {
  /** POSTs JSON signed with HMAC-SHA256; answers the HTTP status (0 when unreachable). */
  deliver(delivery: OutboundDelivery): Promise<{ status: number }>;
}

export interface Clock {
  now(): number;
}
