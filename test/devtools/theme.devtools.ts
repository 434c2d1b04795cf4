/**
 * The theme flow in WeChat DevTools through miniprogram-automator. Needs DevTools
 * (no Linux build), the service port enabled, a CloudBase environment bound in
 * DevTools with the functions deployed (`npm run build:cloud`, then upload) and
 * content imported (admin.importContent). Run by `npm run test:devtools`.
 */
import { resolve } from 'node:path';
import automator from 'miniprogram-automator';

type MiniProgram = Awaited<ReturnType<typeof automator.launch>>;

describe('theme introductions in WeChat DevTools', () => {
  let mp: MiniProgram;

  beforeAll(async () => {
    mp = await automator.launch({
      cliPath: process.env.WECHAT_DEVTOOLS_CLI,
      projectPath: resolve(__dirname, '../..'),
    });
  });
  afterAll(async () => {
    await mp?.close();
  });

  it('shows the 2026 theme on the home page', async () => {
    const page = await mp.reLaunch('/pages/home/index');
    await page?.waitFor('.home__hero');
    const hero = await page?.$('.home__hero');
    expect(await hero?.text()).toContain('人人讲安全、个个会应急——排查整治风险隐患');
  });

  it('lists past themes back to 2021', async () => {
    const page = await mp.navigateTo('/pages/themes/index');
    await page?.waitFor('.theme-item');
    const items = (await page?.$$('.theme-item')) ?? [];
    const texts = await Promise.all(items.map((i: { text(): Promise<string> }) => i.text()));
    expect(texts.join('\n')).toContain('落实安全责任，推动安全发展');
  });

  it('opens an article', async () => {
    const page = await mp.navigateTo('/pages/article/index?id=ebike-charging');
    await page?.waitFor('#article-title');
    expect(await (await page?.$('#article-title'))?.text()).toContain('电动自行车');
  });
});
