import { WxContentSecurity } from '../../cloud/adapters/cloudbase/content-security';
import { CloudFiles } from '../../cloud/adapters/cloudbase/files';
import { WxContextIdentity } from '../../cloud/adapters/cloudbase/identity';
import { fromClient } from '../../cloud/adapters/cloudbase/main';
import { SubscribeMessages } from '../../cloud/adapters/cloudbase/notifications';
import { readEnvVersion, WxaCodes } from '../../cloud/adapters/cloudbase/qrcodes';
import { readFieldMaps, toTemplateData } from '../../cloud/adapters/cloudbase/template-data';
import type { WxOpenApi, WxStorage } from '../../cloud/adapters/cloudbase/types';

/** wx-server-sdk's openapi failures: a WeChat errcode in `errCode`. */
const refusal = (errCode: number) => Object.assign(new Error(`openapi:fail ${errCode}`), { errCode });

describe('identity', () => {
  it('is the WX context openid, and nobody when it is empty', () => {
    expect(new WxContextIdentity(() => ({ OPENID: 'o1' })).openid()).toBe('o1');
    expect(new WxContextIdentity(() => ({ OPENID: '' })).openid()).toBeNull();
    expect(new WxContextIdentity(() => ({})).openid()).toBeNull();
  });

  it.each([
    ['wx_client', true],
    ['wx_devtools', true],
    ['wx_client,wx_cloud', true],
    ['wx_trigger', false],
    ['', false],
    [undefined, false],
  ])('SOURCE %s comes from a client: %s', (source, expected) => {
    expect(fromClient(source)).toBe(expected);
  });
});

describe('subscribe messages', () => {
  const message = {
    toOpenid: 'o1',
    template: 'report_status',
    page: '/packageReport/pages/my-reports/index?id=r1',
    data: { trackingNo: 'AQ20250601-0007', status: '已转交处置单位', note: '' },
  };
  const fields = readFieldMaps({
    SUBSCRIBE_FIELDS_REPORT_STATUS: 'trackingNo:character_string1, status:phrase2 ,note:thing3',
  });

  it('maps our keys to the template keywords and fits each value to its keyword', () => {
    expect(fields).toEqual({
      report_status: { trackingNo: 'character_string1', status: 'phrase2', note: 'thing3' },
    });
    expect(toTemplateData(message.data, fields.report_status)).toEqual({
      character_string1: { value: 'AQ20250601-0007' },
      phrase2: { value: '已转交处置' },
      thing3: { value: '无' },
    });
    expect(toTemplateData({ thing1: '一二三四五六七八九十一二三四五六七八九十一' }).thing1.value).toBe(
      '一二三四五六七八九十一二三四五六七八九…',
    );
  });

  it('sends through subscribeMessage.send with the configured template id', async () => {
    const send = jest.fn().mockResolvedValue({ errCode: 0 });
    const messages = new SubscribeMessages({ send }, { templates: { report_status: 'T1' }, fields, state: 'formal' });
    expect(await messages.send(message)).toEqual({ delivered: true });
    expect(send).toHaveBeenCalledWith({
      touser: 'o1',
      templateId: 'T1',
      page: 'packageReport/pages/my-reports/index?id=r1',
      data: expect.objectContaining({ phrase2: { value: '已转交处置' } }),
      miniprogramState: 'formal',
      lang: 'zh_CN',
    });
  });

  it('answers undelivered, without calling WeChat, when the template is not configured', async () => {
    const send = jest.fn();
    const messages = new SubscribeMessages({ send }, { templates: {}, fields: {}, state: 'formal' });
    expect(await messages.send(message)).toEqual({
      delivered: false,
      reason: 'template "report_status" is not configured',
    });
    expect(send).not.toHaveBeenCalled();
  });

  it('answers undelivered with the reason when WeChat refuses', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const send = jest.fn().mockRejectedValueOnce(refusal(43101)).mockRejectedValueOnce(refusal(47003));
    const messages = new SubscribeMessages({ send }, { templates: { report_status: 'T1' }, fields, state: 'formal' });
    expect(await messages.send(message)).toEqual({
      delivered: false,
      reason: expect.stringMatching(/^43101: .*subscribed/),
    });
    expect(warn).not.toHaveBeenCalled();
    expect(await messages.send(message)).toEqual({ delivered: false, reason: expect.stringMatching(/^47003: /) });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('content security', () => {
  const security = (answer: unknown, traceId?: string) => ({
    msgSecCheck: jest.fn().mockImplementation(() => (answer instanceof Error ? Promise.reject(answer) : answer)),
    mediaCheckAsync: jest.fn().mockResolvedValue(traceId ? { traceId } : {}),
  });

  it.each([
    ['pass', 'pass'],
    ['review', 'review'],
    ['risky', 'risky'],
    [undefined, 'review'],
  ])('msgSecCheck v2 suggesting %s is a %s verdict', async (suggest, verdict) => {
    const api = security(Promise.resolve({ result: { suggest, label: 100 } }));
    expect(await new WxContentSecurity(api).checkText({ openid: 'o1', text: '隐患', scene: 2 })).toBe(verdict);
    expect(api.msgSecCheck).toHaveBeenCalledWith({ openid: 'o1', scene: 2, version: 2, content: '隐患' });
  });

  it('holds text for review when WeChat gives no verdict', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const api = security(refusal(40003));
    expect(await new WxContentSecurity(api).checkText({ openid: 'o1', text: 't', scene: 2 })).toBe('review');
    warn.mockRestore();
  });

  it('submits an image with mediaCheckAsync v2 and answers its trace id', async () => {
    const api = security(null, 'trace-1');
    const input = { openid: 'o1', url: 'https://tmp/x.jpg', scene: 2 as const };
    expect(await new WxContentSecurity(api).submitMedia(input)).toEqual({ traceId: 'trace-1' });
    expect(api.mediaCheckAsync).toHaveBeenCalledWith({
      openid: 'o1',
      scene: 2,
      version: 2,
      mediaUrl: 'https://tmp/x.jpg',
      mediaType: 2,
    });
    await expect(new WxContentSecurity(security(null)).submitMedia(input)).rejects.toThrow('trace_id');
  });
});

describe('小程序码', () => {
  it('asks wxacode.getUnlimited for the page and scene, unchecked, for the configured build', async () => {
    const getUnlimited: WxOpenApi['wxacode']['getUnlimited'] = jest
      .fn()
      .mockResolvedValue({ buffer: Buffer.from('img'), contentType: 'image/jpeg' });
    const codes = new WxaCodes({ getUnlimited }, readEnvVersion('trial'));
    expect((await codes.create({ page: '/pages/event/index', scene: 'e=abc' })).toString()).toBe('img');
    expect(getUnlimited).toHaveBeenCalledWith({
      scene: 'e=abc',
      page: 'pages/event/index',
      checkPath: false,
      envVersion: 'trial',
    });
  });

  it('refuses a scene longer than 32 characters before calling WeChat', async () => {
    const getUnlimited = jest.fn();
    const codes = new WxaCodes({ getUnlimited }, readEnvVersion(undefined));
    await expect(codes.create({ page: 'pages/event/index', scene: 'x'.repeat(33) })).rejects.toThrow('32');
    expect(getUnlimited).not.toHaveBeenCalled();
    expect(readEnvVersion('nonsense')).toBe('release');
  });
});

describe('cloud storage', () => {
  const storage = (status = 0): WxStorage => ({
    uploadFile: jest.fn().mockResolvedValue({ fileID: 'cloud://env/reports/a/0.jpg' }),
    downloadFile: jest.fn(async ({ fileID }: { fileID: string }) => {
      if (fileID.endsWith('gone.jpg')) throw new Error('STORAGE_FILE_NONEXIST: file not exist');
      return { fileContent: Buffer.from('jpg') };
    }),
    getTempFileURL: jest.fn().mockResolvedValue({
      fileList: [{ fileID: 'cloud://env/reports/a/0.jpg', tempFileURL: 'https://tmp/0.jpg', status, errMsg: 'x' }],
    }),
    deleteFile: jest.fn(async ({ fileList }: { fileList: string[] }) => ({
      fileList: fileList.map((fileID) => ({
        fileID,
        status: fileID.endsWith('gone.jpg') || fileID.endsWith('broken.jpg') ? -1 : 0,
        errMsg: fileID.endsWith('gone.jpg') ? 'STORAGE_FILE_NONEXIST: file not exist' : 'ok',
      })),
    })),
  });

  it('uploads under the cloud path and answers the file id with a temporary URL', async () => {
    const s = storage();
    const stored = await new CloudFiles(s).put('/reports/a/0.jpg', Buffer.from('jpg'), 'image/jpeg');
    expect(stored).toEqual({ fileId: 'cloud://env/reports/a/0.jpg', url: 'https://tmp/0.jpg' });
    expect(s.uploadFile).toHaveBeenCalledWith({ cloudPath: 'reports/a/0.jpg', fileContent: Buffer.from('jpg') });
  });

  it('fails loudly when storage has no URL for a file', async () => {
    await expect(new CloudFiles(storage(1)).url('cloud://env/reports/a/0.jpg')).rejects.toThrow('no URL');
  });

  it('deletes in calls of at most 50, counts a file already gone as deleted, and fails loudly otherwise', async () => {
    const s = storage();
    const ids = Array.from({ length: 51 }, (_, i) => `cloud://env/reports/a/${i}.jpg`);
    await new CloudFiles(s).remove([...ids, 'cloud://env/reports/a/gone.jpg']);
    expect((s.deleteFile as jest.Mock).mock.calls.map(([p]) => p.fileList.length)).toEqual([50, 2]);
    await expect(new CloudFiles(s).remove(['cloud://env/reports/a/broken.jpg'])).rejects.toThrow('broken.jpg');
  });

  it('reads a client upload back by its file id, null when it is gone, and names the path inside the bucket', async () => {
    const files = new CloudFiles(storage());
    expect(await files.read('cloud://env.bucket/uploads/a/0.jpg')).toEqual(Buffer.from('jpg'));
    expect(await files.read('cloud://env.bucket/uploads/a/gone.jpg')).toBeNull();
    expect(files.pathOf('cloud://env-1a2b.7465-env-1a2b-1250/uploads/ab/0.jpg')).toBe('uploads/ab/0.jpg');
    expect(files.pathOf('https://evil.example/uploads/ab/0.jpg')).toBeNull();
  });
});
