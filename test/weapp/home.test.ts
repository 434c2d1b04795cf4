import { createCloudBridge, type CloudBridge } from './cloud-bridge';
import { bootMiniProgram, type OpenedPage } from './mini-program';

/**
 * The home page as WeChat renders it: Taro's compiled dist/weapp (base.wxml
 * compiled by wcc, the React tree serialized into `root.cn` by setData), talking
 * to the real `content` function on a seeded store. A bug that only exists in
 * the weapp build (template limits, setData paths, transport) fails here.
 */
describe('weapp home page (dist/weapp under miniprogram-simulate)', () => {
  let cloud: CloudBridge | undefined;
  let home: OpenedPage | undefined;

  beforeAll(async () => {
    // Mid-June 2026: the 25th 安全生产月 is the current one whatever today's date is.
    cloud = await createCloudBridge({ openid: 'weapp-test-user', now: Date.UTC(2026, 5, 10) });
    home = await bootMiniProgram(cloud).openPage('pages/home/index');
  });

  afterAll(() => {
    home?.close();
    cloud?.close();
  });

  function opened(): { page: OpenedPage; bridge: CloudBridge } {
    if (!home || !cloud) throw new Error('the home page did not open; see the beforeAll error above');
    return { page: home, bridge: cloud };
  }

  it('renders the 2026 theme from the content function', () => {
    const { page, bridge } = opened();
    expect(bridge.calls).toEqual([{ name: 'content', data: { action: 'home' } }]);
    const hero = page.text('.home__hero');
    expect(hero).toContain('人人讲安全、个个会应急——排查整治风险隐患');
    expect(hero).toContain('第25个');
  });

  it('renders the 七进 of the year', () => {
    const { page } = opened();
    expect(page.texts('.home__outreach-item')).toEqual([
      '进企业',
      '进农村',
      '进社区',
      '进学校',
      '进家庭',
      '进机关',
      '进公共场所',
    ]);
    expect(page.root.dom?.textContent).toContain('安全宣传“七进”');
  });
});
