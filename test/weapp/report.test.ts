import { PNG_1PX } from '../support/reports';
import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, type OpenedPage, type WxCall } from './mini-program';

/** The status-message template the reports function hands the page before any tap. */
const STATUS_TEMPLATE = 'tmpl-report-status';
/** The storage key the form keeps its draft under (src/services/personal-storage.ts). */
const REPORT_DRAFT = 'draft:report';
/** Where the camera leaves the photo on the phone. */
const CAMERA_PHOTO = 'wxfile://tmp/hazard-scaffold.png';

const actionsOf = (calls: WxCall[]) =>
  calls
    .filter((c) => c.api === 'cloud.callFunction')
    .map((c) => `${String(c.options.name)}.${(c.options.data as { action: string }).action}`);

/**
 * 随手拍 in the compiled weapp build: the photo goes from the camera through the
 * platform's compression to cloud storage in the folder `reports.photoTicket`
 * names (never inside a call), and 提交举报 asks for the status messages before
 * anything else, files the report with the real reports function and opens its
 * result page in the form's place.
 */
describe('weapp 随手拍 report (dist/weapp under miniprogram-simulate)', () => {
  let cloud: CloudBridge | undefined;
  let phone: ReturnType<typeof bootMiniProgram> | undefined;
  const open: OpenedPage[] = [];

  beforeAll(async () => {
    // 10:00 China time on 10 June 2026.
    cloud = await createCloudBridge({
      openid: 'weapp-reporter',
      now: Date.UTC(2026, 5, 10, 2),
      env: { TEMPLATE_REPORT_STATUS: STATUS_TEMPLATE },
    });
    phone = bootMiniProgram(cloud);
    phone.device.files.set(CAMERA_PHOTO, Buffer.from(PNG_1PX, 'base64'));
    phone.device.answer('chooseMedia', () => ({
      type: 'image',
      tempFiles: [{ tempFilePath: CAMERA_PHOTO, size: 68, fileType: 'image' }],
    }));
  });

  afterEach(() => {
    for (const page of open.splice(0)) page.close();
  });
  afterAll(() => cloud?.close());

  /** The form, past the first question (no danger happening now). */
  async function openForm(): Promise<OpenedPage> {
    if (!phone) throw new Error('the mini-program did not boot; see the beforeAll error above');
    const page = await phone.openPage('packageReport/pages/report/index');
    open.push(page);
    expect(page.text('.report__question')).toBe('现在是否正在发生危险？');
    await page.tap('#report-no-danger');
    return page;
  }

  it('an empty 提交举报 marks every missing field at once, the category too, and sends nothing', async () => {
    const page = await openForm();
    const calls = await page.tap('#submit-report');
    expect(page.texts('.field-error')).toEqual([
      '请选择隐患类别',
      '隐患描述至少 10 个字',
      '请至少上传 1 张现场照片',
      '请填写隐患地址',
      '请填写场所或单位名称',
      '请填写姓名',
      '请填写正确的 11 位手机号',
      '请阅读并同意隐私说明',
    ]);
    // No prompt, no upload, no call: only the scroll to the first field with an error, which is on the page.
    expect(calls).toEqual([{ api: 'pageScrollTo', options: { selector: '#report-category', duration: 200 } }]);
    expect(page.text('#report-category')).toBe('请选择隐患类别');
  });

  it('a photo goes to the folder photoTicket names, and 提交举报 asks for messages first, then files the report', async () => {
    const page = await openForm();
    await page.tap('.choice', '工地');
    await page.tap('.choice', '脚手架、高处作业无防护');
    expect(page.text('#route-notice')).toContain('将转交');
    await page.type('#report-description', '三号楼外墙脚手架缺少防护网，工人高处作业未系安全带');

    const photo = await page.tap('#add-photos');
    expect(photo.map((c) => c.api)).toEqual([
      'chooseMedia',
      'cloud.callFunction',
      'compressImage',
      'getFileSystemManager',
      'cloud.uploadFile',
      // The draft now holds the photo, so Back or a reload keeps it.
      'setStorageSync',
    ]);
    expect(actionsOf(photo)).toEqual(['reports.photoTicket']);
    const upload = photo[4].options;
    // The compressed copy, not the camera's original, into this submission's own folder.
    expect(upload.filePath).toMatch(/^wxfile:\/\/tmp\/compressed-\d+\.png$/);
    expect(upload.cloudPath).toMatch(/^uploads\/[0-9a-f]{32}\/0\.png$/);
    expect(page.text('#photo-count')).toBe('已上传 1/9 张');

    await page.type('#report-address', '示范街道建设路 3 号');
    await page.type('#report-place', '示范花园三号楼工地');
    await page.type('#report-name', '王五');
    await page.type('#report-phone', '13700001111');
    await page.tap('#report-consent');
    // Kept on the phone while it is written (Back or a reload loses nothing), photo included.
    expect(phone!.device.storage.get(REPORT_DRAFT)).toMatchObject({
      place: '示范花园三号楼工地',
      photos: [{ index: 0 }],
    });
    const calls = await page.tap('#submit-report');
    expect(phone!.device.storage.has(REPORT_DRAFT)).toBe(false);

    expect(calls[0]).toEqual({
      api: 'requestSubscribeMessage',
      options: { tmplIds: [STATUS_TEMPLATE], entityIds: [] },
    });
    expect(actionsOf(calls)).toEqual(['reports.submit']);
    const sent = calls.find((c) => c.api === 'cloud.callFunction')?.options.data as {
      payload: { photos: string[]; setting: string; category: string };
    };
    expect(sent.payload).toMatchObject({ setting: 'construction', category: 'height' });
    expect(sent.payload.photos).toHaveLength(1);

    // The result page takes the form's place and shows what the reports function filed.
    const [moved] = phone!.device.navigations().slice(-1);
    expect(moved).toMatchObject({ api: 'redirectTo', route: 'packageReport/pages/report-done/index' });
    const done = await phone!.openPage(moved.route, moved.query);
    open.push(done);
    expect(done.text('.report-done__title')).toBe('举报已提交');
    expect(done.text('#tracking-no')).toMatch(/^YH20260610-\d{6}$/);
  });
});
