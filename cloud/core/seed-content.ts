import type { Article, OutreachEntry, Theme } from '@domain/content/types';
import { CHANNELS } from '@domain/reports/channels';
import type { Question } from '@domain/quiz/types';
import themes from '../../data/content/themes.json';
import outreach from '../../data/content/outreach.json';
import articles from '../../data/content/articles.json';
import questions from '../../data/quiz/questions.json';
import type { Store } from '../ports/store';
import { COLLECTIONS } from './collections';

type Seed<T> = Omit<T, 'updatedAt' | 'version' | 'updatedBy'>;

/**
 * Loads the content files of the repo (themes, 七进, articles, the quiz's starting bank) and the 随手拍 channels (12345, 12350 and
 * the fire channel; webhooks are set per environment) into the store. Insert-only: a document an
 * organizer already edited is left as it is, so running it again is harmless.
 */
export async function seedContent(store: Store, now: number): Promise<{ inserted: number }> {
  let inserted = 0;
  const put = async <T extends { _id: string }>(collection: string, doc: T) => {
    if (await store.insert(collection, doc)) inserted += 1;
  };
  for (const t of themes as Seed<Theme>[]) {
    await put(COLLECTIONS.themes, { ...t, version: 1, updatedAt: now, updatedBy: 'seed' });
  }
  for (const o of outreach as Seed<OutreachEntry>[]) await put(COLLECTIONS.outreach, { ...o, updatedAt: now });
  for (const a of articles as Seed<Article>[]) {
    await put(COLLECTIONS.articles, { ...a, version: 1, updatedAt: now, updatedBy: 'seed' });
  }
  for (const c of CHANNELS) await put(COLLECTIONS.channels, { ...c, updatedAt: now });
  for (const q of questions as Omit<Question, 'status' | 'version' | 'updatedAt' | 'updatedBy'>[]) {
    await put(COLLECTIONS.quizQuestions, { ...q, status: 'active', version: 1, updatedAt: now, updatedBy: 'seed' });
  }
  return { inserted };
}
