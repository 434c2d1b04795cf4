import { routes } from '../../src/services/routes';
import { walkPages, type WalkData } from '../support/page-walk';

const data = {
  eventId: 'ev1',
  activityId: 'ac1',
  reportId: 'rp1',
  articleId: 'ar1',
} as WalkData;

/**
 * The screenshot script and the "no internals on screen" walk open every route
 * of the table. A page that takes an id must be opened with one, or the walk
 * shows (and photographs) its "missing id" state instead of the page
 * (report-done was shot as 缺少举报编号).
 */
describe('the page walk opens every page with its data', () => {
  const pages = walkPages(data);

  it('walks every route of the table once', () => {
    expect(pages).toHaveLength(Object.keys(routes).length);
  });

  it.each(pages.map((p) => [p.name, p.route]))('%s has no empty parameter (%s)', (_name, route) => {
    expect(route).not.toMatch(/[?&][a-z]+=(&|$)/i);
  });

  it('opens 举报已提交 on the report the walk filed', () => {
    expect(pages.find((p) => p.name === 'report-done')?.route).toBe(routes.reportDone('rp1'));
  });
});
