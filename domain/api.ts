/**
 * The contract between the client and the cloud functions: for every function,
 * its actions with their input and output. The client's `callFunction` and the
 * cloud router are both typed from this one map.
 */
import type { Role, RoleRecord } from './roles/roles';
import type { GrantRoleInput } from './roles/schemas';
import type { Article, ArticleSummary, HomeView, OutreachEntry, Theme } from './content/types';
import type { UpdateArticleInput } from './content/schemas';

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
