import { chinaDay, chinaYear } from '../common/china-time';
import type { Article, ArticleSummary, Theme } from './types';

/** The theme in force at `now` (ms): the latest year that has begun in China time. */
export function currentTheme(themes: Theme[], now: number): Theme | null {
  const year = chinaYear(chinaDay(now));
  const candidates = themes.filter((t) => t.year <= year).sort((a, b) => b.year - a.year);
  return candidates[0] ?? null;
}

/** History is newest first; only sourced themes are shown. */
export function themeHistory(themes: Theme[]): Theme[] {
  return themes.filter((t) => t.source.trim() !== '').sort((a, b) => b.year - a.year);
}

export function summarize(article: Article): ArticleSummary {
  const { _id, title, topic, summary, updatedAt } = article;
  return { _id, title, topic, summary, updatedAt };
}

/** Paragraphs are separated by blank lines in the editor; single newlines stay inside a paragraph. */
export function paragraphsFromText(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function textFromParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

/**
 * The theme editor writes key activities as blocks separated by a blank line:
 * the first line is the activity, the lines under it its summary.
 */
export function activitiesFromText(text: string): Theme['keyActivities'] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => {
      const [title, ...rest] = block.split('\n');
      return { title: title.trim(), summary: rest.join('\n').trim() };
    });
}

export const textFromActivities = (activities: Theme['keyActivities']): string =>
  activities.map((a) => `${a.title}\n${a.summary}`).join('\n\n');

/** Key dates, one a line: `2026-06-16 全国安全宣传咨询日` (the date, a space, what happens). */
export function keyDatesFromText(text: string): Theme['keyDates'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [date, ...label] = line.split(/\s+/);
      return { date, label: label.join(' ') };
    });
}

export const textFromKeyDates = (dates: Theme['keyDates']): string =>
  dates.map((d) => `${d.date} ${d.label}`).join('\n');
