import { AppError, notFound } from '@domain/common/errors';
import { updateThemeInput, type UpdateThemeInput } from '@domain/content/schemas';
import { themeVersion, type Theme } from '@domain/content/types';
import { audit } from '../../core/audit';
import { COLLECTIONS } from '../../core/collections';
import { action } from '../../core/router';
import type { Filter } from '../../ports/store';

type Editable = Omit<UpdateThemeInput, 'id' | 'version'>;
const EDITABLE: (keyof Editable)[] = ['year', 'ordinal', 'title', 'source', 'period', 'keyDates', 'keyActivities'];

/** The fields an edit changes, with what they held before: the audit says what changed, not only who. */
function changes(theme: Theme, input: Editable): Record<string, unknown> {
  const before: Record<string, unknown> = {};
  for (const field of EDITABLE) {
    if (JSON.stringify(theme[field]) !== JSON.stringify(input[field])) before[field] = theme[field];
  }
  return before;
}

/**
 * Edits a year's theme (content is data: the home page and 历年主题 show it on
 * their next load). Versioned like articles: the edit names the version it
 * started from and a stale one is refused (`conflict`, Chinese), never silently
 * overwritten; a theme seeded before themes carried a version counts as 1 and is
 * guarded on its `updatedAt` instead. A year another theme already has is
 * refused. Audited with the fields that changed and their previous values.
 * Errors: `not_found` for an unknown theme, `conflict` for a stale edit or a taken year.
 */
export const updateTheme = action({
  role: 'organizer',
  input: updateThemeInput,
  async run(input, ctx) {
    const { store, clock } = ctx.runtime;
    const { id, version, ...fields } = input;
    const stale = () => new AppError('conflict', '这一年的主题刚被其他人修改过，请刷新后再编辑');
    const theme = await store.get<Theme>(COLLECTIONS.themes, id);
    if (!theme) throw notFound('这一年的主题');
    if (themeVersion(theme) !== version) throw stale();
    if (fields.year !== theme.year) {
      const taken = await store.find<Theme>(COLLECTIONS.themes, { year: fields.year }, { limit: 1 });
      if (taken.length > 0) throw new AppError('conflict', `${fields.year}年已有主题，请直接编辑该年的主题`);
    }
    const before = changes(theme, fields);
    const now = clock.now();
    const set = { ...fields, version: version + 1, updatedAt: now, updatedBy: ctx.caller.openid };
    // The version guard makes a concurrent edit fail loudly instead of silently losing one of them.
    const guard: Filter = theme.version === undefined ? { updatedAt: theme.updatedAt } : { version };
    if (!(await store.update(COLLECTIONS.themes, id, { set }, guard))) throw stale();
    await audit(ctx, 'content.updateTheme', id, { version: version + 1, changed: Object.keys(before), before });
    return { ...theme, ...set };
  },
});
