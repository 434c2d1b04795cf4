import { PRIVACY_CHANGES, PRIVACY_CONTACT, PRIVACY_ITEMS, PRIVACY_OPERATOR, PRIVACY_VERSION } from './policy';

/** The 《小程序用户隐私保护指引》 text filed in the admin console, rendered from the same items the app shows. */
export function privacyGuidelineMarkdown(): string {
  const rows = PRIVACY_ITEMS.map(
    (i) => `| ${i.what} | ${i.why} | ${i.apis.length ? i.apis.join('、') : '—'} | ${i.retention} | ${i.seenBy} |`,
  );
  return [
    '# 小程序用户隐私保护指引（安全生产月）',
    '',
    '本指引由 `domain/privacy/policy.ts` 生成（`npm run privacy:guideline`），与小程序内“隐私保护指引”页面内容一致；在微信公众平台“用户隐私保护指引”中按下表填写。',
    '',
    `运营者：${PRIVACY_OPERATOR.name}（${PRIVACY_OPERATOR.address}）`,
    '',
    `生效日期：${PRIVACY_VERSION}`,
    '',
    '| 收集的信息 | 用途 | 涉及的隐私接口 | 保存期限 | 谁能看到 |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '我们只在您使用相应功能时收集上述信息，不用于其他目的，不向第三方提供；匿名举报不保存可识别您身份的信息。',
    '',
    PRIVACY_CONTACT,
    '',
    '## 变更记录',
    '',
    ...PRIVACY_CHANGES.map((c) => `- ${c.date}：${c.change}`),
    '',
  ].join('\n');
}
