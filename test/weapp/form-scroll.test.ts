import { DEV_USERS } from '../../cloud/adapters/local/runtime';
import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, type OpenedPage } from './mini-program';

interface FormCase {
  form: string;
  route: string;
  /** Taps that bring the form on screen (e.g. past the report's first question). */
  before?: string[];
  submit: string;
  /** Who opens it. */
  openid: string;
}

const CITIZEN = 'weapp-form-citizen';
const FORMS: FormCase[] = [
  { form: '咨询日报名', route: 'pages/event/index', submit: '#signup-submit', openid: CITIZEN },
  {
    form: '随手拍',
    route: 'packageReport/pages/report/index',
    before: ['#report-no-danger'],
    submit: '#submit-report',
    openid: CITIZEN,
  },
  { form: '七进签到', route: 'pages/activity/index', submit: '#checkin-submit', openid: CITIZEN },
  {
    form: '编辑活动与场次',
    route: 'packageOrganizer/pages/event-edit/index',
    submit: '#event-save',
    openid: DEV_USERS.organizer,
  },
  {
    form: '七进活动',
    route: 'packageOrganizer/pages/activity-edit/index',
    submit: '#save-activity',
    openid: DEV_USERS.organizer,
  },
  {
    form: '文章',
    route: 'packageOrganizer/pages/article-edit/index',
    submit: '#save-article',
    openid: DEV_USERS.admin,
  },
];

/**
 * The one form hook scrolls a refused form to its first field with an error,
 * by a selector each form names. A selector that matches nothing leaves the
 * person looking at a form that did nothing, so every form's target must be on
 * its own page (the report form named `#report-setting`, the article editor
 * `#article-title`: neither existed).
 */
describe('every form scrolls to a field that is on its page (weapp build)', () => {
  let cloud: CloudBridge | undefined;
  let phone: ReturnType<typeof bootMiniProgram> | undefined;
  let page: OpenedPage | undefined;

  beforeAll(async () => {
    cloud = await createCloudBridge({ openid: CITIZEN, now: Date.UTC(2026, 5, 10, 2) });
    phone = bootMiniProgram(cloud);
  });
  afterEach(() => page?.close());
  afterAll(() => cloud?.close());

  it.each(FORMS)('$form: an empty submit scrolls to its first error, which is on the page', async (c) => {
    if (!phone || !cloud) throw new Error('the mini-program did not boot; see the beforeAll error above');
    cloud.signIn(c.openid);
    const opened = (page = await phone.openPage(c.route, c.route === 'pages/event/index' ? { id: 'demo616' } : {}));
    for (const tap of c.before ?? []) await opened.tap(tap);
    const calls = await opened.tap(c.submit);

    expect(opened.texts('.field-error').length).toBeGreaterThan(0);
    const scrolls = calls.filter((call) => call.api === 'pageScrollTo').map((call) => String(call.options.selector));
    expect(scrolls).toHaveLength(1);
    expect(opened.root.querySelectorAll(scrolls[0])).toHaveLength(1);
    expect(calls.map((call) => call.api)).not.toContain('cloud.callFunction');
  });
});
