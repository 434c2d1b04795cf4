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
