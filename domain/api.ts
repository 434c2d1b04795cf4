/**
 * The contract between the client and the cloud functions: for every function,
 * its actions with their input and output. The client's `callFunction` and the
 * cloud router are both typed from this one map.
 */
import type { Role, RoleRecord } from './roles/roles';
import type { GrantRoleInput } from './roles/schemas';
import type { Article, ArticleSummary, HomeView, OutreachEntry, Theme } from './content/types';
import type { UpdateArticleInput } from './content/schemas';
import type {
  HandlerReport,
  MyReport,
  OutboxRow,
  Overview,
  ReportPhoto,
  ReporterContact,
  SecurityState,
} from './reports/types';
import type {
  MediaVerdictInput,
  ModerateInput,
  QueueInput,
  SeverityInput,
  SubmitReportInput,
  TransitionInput,
  UploadPhotoInput,
} from './reports/schemas';
import type { Channel } from './reports/channels';

export interface Action<I, O> {
  input: I;
  output: O;
}

export interface Me {
  openid: string;
  roles: Role[];
  unit?: string;
}

export interface Api {
  content: {
    home: Action<void, HomeView>;
    listThemes: Action<void, Theme[]>;
    listOutreach: Action<void, OutreachEntry[]>;
    listArticles: Action<{ topic?: Article['topic'] }, ArticleSummary[]>;
    getArticle: Action<{ id: string }, Article>;
    updateArticle: Action<UpdateArticleInput, Article>;
  };
  admin: {
    me: Action<void, Me>;
    listRoles: Action<void, RoleRecord[]>;
    grantRole: Action<GrantRoleInput, RoleRecord>;
    /** Loads the content files shipped with the functions (first deploy); never overwrites edits. */
    importContent: Action<void, { inserted: number }>;
  };
  reports: {
    /** One compressed photo as base64, stored under the submission's client key. */
    uploadPhoto: Action<UploadPhotoInput, ReportPhoto>;
    /** Idempotent by client key: a retry answers the report already filed. */
    submit: Action<SubmitReportInput, MyReport>;
    mine: Action<void, MyReport[]>;
    getMine: Action<{ id: string }, MyReport>;
    queue: Action<QueueInput, { channels: Omit<Channel, 'webhook'>[]; reports: Omit<HandlerReport, 'events'>[] }>;
    detail: Action<{ id: string }, HandlerReport>;
    transition: Action<TransitionInput, HandlerReport>;
    setSeverity: Action<SeverityInput, HandlerReport>;
    /** Logged: the unmasked contact of a real-name reporter. */
    revealContact: Action<{ id: string }, ReporterContact>;
    overview: Action<QueueInput, Overview>;
    outbox: Action<void, OutboxRow[]>;
    /** Runs due outbound deliveries (a timer trigger on CloudBase). */
    dispatchOutbox: Action<void, { delivered: number; retried: number; dead: number }>;
    /** A person's decision on a held report. */
    moderate: Action<ModerateInput, HandlerReport>;
    /** The late photo verdict (CloudBase: the wxa_media_check push). */
    mediaVerdict: Action<MediaVerdictInput, { reportId: string; security: SecurityState } | null>;
    /** The subscribe-message template for status changes, for the weapp's subscription prompt. */
    statusTemplate: Action<void, { templateId: string | null }>;
  };
}

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
export type InputOf<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends Action<infer I, unknown> ? I : never;
export type OutputOf<F extends FunctionName, A extends ActionName<F>> =
  Api[F][A] extends Action<unknown, infer O> ? O : never;

/** What a caller sends: on weapp as callFunction's `data`, on H5 as the POST body. */
export interface CallRequest {
  action: string;
  payload?: unknown;
}
