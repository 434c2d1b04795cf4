/**
 * The contract between the client and the cloud functions: for every function,
 * its actions with their input and output. The client's `callFunction` and the
 * cloud router are both typed from this one map.
 */
import type { Reconciliation } from './common/reconciliation';
import type { Role, RoleRecord } from './roles/roles';
import type { CreateInviteInput, GrantRoleInput, RevokeRoleInput } from './roles/schemas';
import type { InviteView } from './roles/invites';
import type { Article, ArticleSummary, HomeView, OutreachEntry, Theme } from './content/types';
import type { CreateArticleInput, UpdateArticleInput, UpdateThemeInput } from './content/schemas';
import type {
  HandlerReport,
  MyReport,
  OutboxRow,
  Overview,
  PhotoTicket,
  ReporterContact,
  SecurityState,
} from './reports/types';
import type {
  MediaVerdictInput,
  ModerateInput,
  QueueInput,
  SeverityInput,
  SubmitReportInput,
  RateReportInput,
  TransitionInput,
  PhotoTicketInput,
  RerouteInput,
} from './reports/schemas';
import type { Channel } from './reports/channels';
import type {
  Activity,
  ActivityView,
  Checkin,
  LiveAttendance,
  LiveCode,
  MyCheckin,
  StatsTable,
} from './activities/types';
import type { CheckInInput, CreateActivityInput, StatsInput, UpdateActivityInput } from './activities/schemas';
import type {
  EventAdminView,
  EventSummary,
  EventView,
  MyRegistration,
  RegistrationRow,
  SafetyEvent,
  Session,
} from './events/types';
import type { SaveEventInput, SignUpInput } from './events/schemas';
import type { DeleteMyDataInput, Erasure, MyData, PurgeResult } from './privacy/my-data';
import type { QuizStatsInput, SaveQuestionInput, StartInput, SubmitInput } from './quiz/schemas';
import type { Campaign, Question, QuizEntry, QuizResult, RoundStart, UnitCode, UnitQuizStats } from './quiz/types';

export interface Action<I, O> {
  input: I;
  output: O;
}

export interface Me {
  openid: string;
  roles: Role[];
  unit?: string;
  /** A handler's channels (ids). */
  channels?: string[];
  /** The name given on the invitation, for staff. */
  name?: string;
}

export interface Api {
  content: {
    home: Action<void, HomeView>;
    listThemes: Action<void, Theme[]>;
    listOutreach: Action<void, OutreachEntry[]>;
    listArticles: Action<{ topic?: Article['topic'] }, ArticleSummary[]>;
    getArticle: Action<{ id: string }, Article>;
    updateArticle: Action<UpdateArticleInput, Article>;
    /** Organizer: a new article, listed after the others; audited like an edit. */
    createArticle: Action<CreateArticleInput, Article>;
    /** Organizer: a year's theme, versioned like an article (a stale edit is refused) and audited with what changed. */
    updateTheme: Action<UpdateThemeInput, Theme>;
  };
  admin: {
    me: Action<void, Me>;
    listRoles: Action<void, RoleRecord[]>;
    grantRole: Action<GrantRoleInput, RoleRecord>;
    /** Logged; the unit or channels go with the role. Admins named in ADMIN_OPENIDS stay admins. */
    revokeRole: Action<RevokeRoleInput, RoleRecord>;
    /** A single-use, expiring invitation to be an organizer of a unit or a handler of channels; the code is shown only here. */
    createInvite: Action<CreateInviteInput, { invite: InviteView; code: string; qrDataUrl: string }>;
    listInvites: Action<void, InviteView[]>;
    revokeInvite: Action<{ id: string }, InviteView>;
    /** Any signed-in person, rate-limited: the code's role is added to theirs, once. */
    redeemInvite: Action<{ code: string }, Me>;
    /** Loads the content files shipped with the functions (first deploy); never overwrites edits. */
    importContent: Action<void, { inserted: number }>;
    /** Recounts seats, waitlists, check-ins and 七进 statistics from their rows; answers what it fixed. */
    reconcile: Action<void, Reconciliation>;
  };
  reports: {
    /** Where this submission's photos are uploaded (Taro.cloud.uploadFile on weapp, PUT /files/… on H5). */
    photoTicket: Action<PhotoTicketInput, PhotoTicket>;
    /** Idempotent by client key: a retry answers the report already filed. */
    submit: Action<SubmitReportInput, MyReport>;
    mine: Action<void, MyReport[]>;
    getMine: Action<{ id: string }, MyReport>;
    /** 催办 of one's own open report after the expected handling time; once a day. */
    urge: Action<{ id: string }, MyReport>;
    /** 满意度评价 of one's own closed or refused report; once. */
    rate: Action<RateReportInput, MyReport>;
    queue: Action<QueueInput, { channels: Omit<Channel, 'webhook'>[]; reports: Omit<HandlerReport, 'events'>[] }>;
    detail: Action<{ id: string }, HandlerReport>;
    transition: Action<TransitionInput, HandlerReport>;
    setSeverity: Action<SeverityInput, HandlerReport>;
    /** 转办: an open report to another channel with a reason; back to 待受理 there; audited. */
    reroute: Action<RerouteInput, HandlerReport>;
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
  checkins: {
    /** Organizer: a 七进 activity of their own unit. */
    create: Action<CreateActivityInput, Activity>;
    update: Action<UpdateActivityInput, Activity>;
    /** Organizer: the unit's activities, newest first. */
    listMine: Action<void, Activity[]>;
    get: Action<{ id: string }, ActivityView>;
    /** Organizer: the code of the current window (live) or the static poster code, with its QR as a data URL. */
    liveCode: Action<{ id: string }, LiveCode>;
    live: Action<{ id: string }, LiveAttendance>;
    /** Idempotent per person and activity: checking in twice answers the first check-in. */
    checkIn: Action<CheckInInput, { checkin: Checkin; activity: ActivityView; already: boolean }>;
    mine: Action<void, MyCheckin[]>;
    addManual: Action<{ activityId: string; name: string; org: string }, Checkin>;
    /** Logged; the row stays, marked removed, and leaves every count. */
    remove: Action<{ id: string; reason: string }, Checkin>;
    stats: Action<StatsInput, StatsTable>;
  };
  events: {
    /** Open events, soonest first: what an unknown or ended event's page offers instead. */
    listOpen: Action<void, EventSummary[]>;
    /** The page a venue QR opens: by the 小程序码 `scene` or by id. */
    open: Action<{ id?: string; scene?: string }, EventView>;
    /** One per person per session: signing up again answers the existing sign-up. */
    signUp: Action<SignUpInput, MyRegistration>;
    mine: Action<void, MyRegistration[]>;
    /** Own sign-ups only, until the session starts; the seat goes to the first in the waitlist. */
    cancel: Action<{ registrationId: string }, MyRegistration>;
    /** The subscribe-message template a waitlisted person is told through, for the weapp's prompt. */
    /** Subscribe-message templates to ask for at sign-up: waitlist promotion and the session reminder. */
    subscribeTemplates: Action<void, { templateIds: string[] }>;
    /** Sends due session reminders (the timer trigger does this on CloudBase). */
    sendReminders: Action<void, { sent: number }>;
    /** Organizer: the events of their unit. */
    managed: Action<void, EventSummary[]>;
    save: Action<SaveEventInput, { id: string }>;
    edit: Action<{ eventId: string }, { event: SafetyEvent; sessions: Session[] }>;
    close: Action<{ eventId: string }, { status: SafetyEvent['status'] }>;
    reopen: Action<{ eventId: string }, { status: SafetyEvent['status'] }>;
    /** Live counts and the sign-up list with masked phones. */
    overview: Action<{ eventId: string; query?: string }, EventAdminView>;
    /** Logged: one sign-up's full phone number. */
    revealPhone: Action<{ registrationId: string }, { phone: string }>;
    /** By the ticket's signed code (scanned or typed); a ticket checks in once. */
    checkIn: Action<{ eventId: string; ticket: string }, RegistrationRow>;
    checkInManual: Action<{ eventId: string; registrationId: string }, RegistrationRow>;
    /**
     * Logged: reverses a mistaken ticket check-in (the row is 报名成功 again); a retried undo changes nothing more.
     * `checkedInAt` (ms) is the check-in the screen showed: a check-in made since is refused (conflict), not undone.
     */
    undoCheckIn: Action<{ eventId: string; registrationId: string; checkedInAt: number }, RegistrationRow>;
    /** The venue poster's code as a PNG file. */
    poster: Action<{ eventId: string }, { url: string; fileId: string; scene: string }>;
  };
  /** Organizers' XLSX files, apart so the writer never slows a crowd's cold start; each export is audited. */
  exports: {
    /** A 七进 activity's attendance list. */
    attendance: Action<{ id: string }, ExportedFile>;
    /** An event's sign-up list with full phone numbers and check-in times. */
    signUpList: Action<{ eventId: string }, ExportedFile & { rows: number }>;
    /** The 活动进展情况统计表 of a unit and period. */
    stats: Action<StatsInput, ExportedFile>;
    /** The 答题 bank as an .xlsx file. */
    exportBank: Action<void, { url: string; fileId: string; rows: number }>;
    /** An .xlsx of the 答题 bank as base64; all rows checked first, one bad row saves nothing. */
    importBank: Action<{ data: string }, { added: number; updated: number }>;
  };
  privacy: {
    /** What is held about the caller, so the 删除我的数据 page can say what deleting will do. */
    myData: Action<void, MyData>;
    /**
     * The caller's own data, after an explicit confirmation: upcoming sign-ups
     * cancelled (seats to the waitlist), names, phones and units erased, reports
     * kept for the authorities but unlinked; audited under a pseudonym. Idempotent.
     */
    deleteMyData: Action<DeleteMyDataInput, Erasure>;
    /** Applies the retention table now, a batch per kind (the timer trigger on CloudBase; `npm run purge` locally). */
    purgeExpired: Action<void, PurgeResult>;
  };
  quiz: {
    /** The landing: the unit a QR names (or the units to pick from) and whether the quiz is open. */
    entry: Action<{ scene?: string }, QuizEntry>;
    /** Draws 10 questions on the server and keeps the key; the phone gets the questions only. */
    start: Action<StartInput, RoundStart>;
    /** Graded once, within the time limit, with answers to the round's own questions; else refused, counting nothing. */
    submit: Action<SubmitInput, QuizResult>;
    result: Action<{ roundId: string }, QuizResult>;
    /** Organizer: the whole bank with answers. */
    bank: Action<void, Question[]>;
    /** Organizer: add, or edit at the loaded version (a stale edit is refused); audited. */
    saveQuestion: Action<SaveQuestionInput, Question>;
    retireQuestion: Action<{ id: string; retired: boolean }, Question>;
    setCampaign: Action<{ from: string; to: string }, Pick<Campaign, 'from' | 'to'>>;
    /** Organizer: the unit's quiz code (its scene names the unit). */
    unitCode: Action<void, UnitCode>;
    stats: Action<QuizStatsInput, UnitQuizStats>;
  };
}

/** A stored XLSX file: its storage id, a URL to fetch it (temporary on CloudBase) and its human file name. */
export interface ExportedFile {
  fileId: string;
  url: string;
  fileName: string;
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
