import { currentTheme, paragraphsFromText, textFromParagraphs, themeHistory } from '@domain/content/rules';
import type { Theme } from '@domain/content/types';

const theme = (year: number, source = 'seed'): Theme => ({
  _id: String(year),
  year,
  ordinal: year - 2001,
  title: `theme ${year}`,
  source,
  period: '',
  keyDates: [],
  keyActivities: [],
  outreach: [],
  updatedAt: 0,
});

describe('theme rules', () => {
  const themes = [theme(2024), theme(2026), theme(2025), theme(2027)];

  it.each([
    ['2026-11-22', 2026],
    ['2026-01-01', 2026],
    ['2025-12-31', 2025],
    ['2027-06-16', 2027],
  ])('on %s the theme in force is %i', (date, year) => {
    expect(currentTheme(themes, Date.parse(`${date}T12:00:00+08:00`))?.year).toBe(year);
  });

  it('has no theme before the first year', () => {
    expect(currentTheme(themes, Date.parse('2020-06-01T00:00:00+08:00'))).toBeNull();
  });

  it('shows history newest first and hides unsourced themes', () => {
    expect(themeHistory([theme(2021), theme(2023, ' '), theme(2022)]).map((t) => t.year)).toEqual([2022, 2021]);
  });
});

describe('article paragraphs', () => {
  it('splits on blank lines and keeps single newlines inside a paragraph', () => {
    expect(paragraphsFromText('  一\n续\n\n\n二  \n \n三')).toEqual(['一\n续', '二', '三']);
  });

  it('round-trips through the editor text', () => {
    const paragraphs = ['第一段', '第二段'];
    expect(paragraphsFromText(textFromParagraphs(paragraphs))).toEqual(paragraphs);
  });
});
