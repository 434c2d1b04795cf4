/**
 * Issue 12 §4: one set of field rules for every form. A phone, a name, a unit,
 * free text, a time or an id is accepted by one schema exactly when it is by
 * every other, hostile text is refused, and every message is Chinese.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { addManualInput, checkInInput, createActivityInput } from '@domain/activities/schemas';
import { checkInput, parseInput } from '@domain/common/validation';
import { saveEventInput, signUpInput } from '@domain/events/schemas';
import { submitReportInput, transitionInput } from '@domain/reports/schemas';

const DOMAIN = join(__dirname, '..', '..', 'domain');
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 5, 16, 1);

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
};

function domainFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? domainFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every valibot schema any module in domain/ exports, by `file:name`. */
function exportedSchemas(): [string, AnySchema][] {
  return domainFiles(DOMAIN).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require(file) as Record<string, unknown>;
    return Object.entries(mod)
      .filter(([, value]) => typeof value === 'object' && value !== null && (value as AnySchema).kind === 'schema')
      .map(([name, value]): [string, AnySchema] => [`${relative(DOMAIN, file)}:${name}`, value as AnySchema]);
  });
}

const WRONG = [
  undefined,
  null,
  0,
  -1,
  1.5,
  1e308,
  Number.NaN,
  'x',
  '',
  true,
  [],
  {},
  [1],
  { a: 1 },
  '\u200b',
  '\u0000',
];

/** Payloads with a wrong value in every field, nested objects and arrays included. */
function wrongPayloads(schema: AnySchema, depth = 0): unknown[] {
  const s = schema.type === 'optional' && schema.wrapped ? schema.wrapped : schema;
  const out: unknown[] = [...WRONG];
  if (depth > 3) return out;
  if (s.entries) {
    for (const [key, entry] of Object.entries(s.entries)) {
      for (const wrong of wrongPayloads(entry, depth + 1)) out.push({ [key]: wrong });
    }
    out.push({ unknownField: 1 });
  }
  if (s.item) for (const wrong of wrongPayloads(s.item, depth + 1)) out.push([wrong]);
  return out;
}

/** Latin letters allowed inside a Chinese message: file types, units and date formats. */
const ALLOWED_LATIN = new Set(['JPG', 'PNG', 'KB', 'YYYY', 'MM', 'DD']);

describe('every field rule is shared and every message is Chinese', () => {
  const schemas = exportedSchemas();

  it('finds the schemas of every part of the domain', () => {
    const files = new Set(schemas.map(([name]) => name.split('/')[0]));
    expect([...files].sort()).toEqual([
      'activities',
      'common',
      'content',
      'events',
      'privacy',
      'quiz',
      'reports',
      'roles',
    ]);
    expect(schemas.length).toBeGreaterThan(30);
  });

  it.each(schemas.map(([name, schema]) => [name, schema] as const))(
    '%s answers wrong types in Chinese',
    (_name, schema) => {
      const messages = new Set<string>();
      for (const payload of wrongPayloads(schema)) {
        const result = v.safeParse(schema, payload);
        if (!result.success) for (const issue of result.issues) messages.add(issue.message);
        // And through parseInput, which the router and the forms use.
        const fields = checkInput(schema, payload);
        for (const message of Object.values(fields ?? {})) messages.add(message);
      }
      expect(messages.size).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message).toMatch(/[\u4e00-\u9fa5]/);
        const latin = (message.match(/[A-Za-z]+/g) ?? []).filter((w) => !ALLOWED_LATIN.has(w));
        if (latin.length) throw new Error(`not Chinese: "${message}"`);
      }
    },
  );
});

const signUp = { sessionId: 's1', name: '张三', phone: '13800138000', headcount: 1, consent: true };
const checkIn = { code: '123456', name: '张三', org: '示范社区' };
const manual = { activityId: 'a1', name: '张三', org: '示范社区' };
const report = {
  clientKey: 'abcdefgh-1234',
  setting: 'enterprise',
  category: 'chemical',
  description: '楼道里堆放了很多纸箱和电动车',
  photos: ['reports/a/1.jpg'],
  location: { address: '人民路 1 号' },
  seenAt: T0,
  place: '幸福小区',
  anonymous: false,
  contact: { name: '张三', phone: '13800138000' },
  consent: true,
};

/** Each form that takes a person's name and phone, with the name and phone swapped in. */
const NAME_FORMS = [
  ['events.signUp', signUpInput, (name: string) => ({ ...signUp, name }), 'name'],
  ['checkins.checkIn', checkInInput, (name: string) => ({ ...checkIn, name }), 'name'],
  ['checkins.addManual', addManualInput, (name: string) => ({ ...manual, name }), 'name'],
  [
    'reports.submit',
    submitReportInput,
    (name: string) => ({ ...report, contact: { ...report.contact, name } }),
    'contact.name',
  ],
] as const;
const PHONE_FORMS = [
  ['events.signUp', signUpInput, (phone: string) => ({ ...signUp, phone }), 'phone'],
  [
    'reports.submit',
    submitReportInput,
    (phone: string) => ({ ...report, contact: { ...report.contact, phone } }),
    'contact.phone',
  ],
] as const;

describe('hostile and everyday field values', () => {
  it('the report and sign-up fixtures are valid', () => {
    expect(checkInput(signUpInput, signUp)).toBeNull();
    expect(checkInput(checkInInput, checkIn)).toBeNull();
    expect(checkInput(addManualInput, manual)).toBeNull();
  });

  describe.each(PHONE_FORMS)('%s phone', (_form, schema, withPhone, field) => {
    it.each(['12345678901', '10012345678', '11111111111', '1380013800', '138001380001', '１３８００１３８０００'])(
      'refuses %s',
      (phone) =>
        expect(checkInput(schema as v.GenericSchema, withPhone(phone))?.[field]).toBe('请填写正确的 11 位手机号'),
    );
    it.each(['13800138000', ' 19912345678 '])('accepts %p', (phone) => {
      const errors = checkInput(schema as v.GenericSchema, withPhone(phone));
      expect(errors?.[field]).toBeUndefined();
    });
  });

  describe.each(NAME_FORMS)('%s name', (_form, schema, withName, field) => {
    const s = schema as v.GenericSchema;
    it.each([
      ['a zero-width space', '\u200b'],
      ['NUL', '\u0000'],
      ['a lone surrogate', '\ud800'],
      ['a name with a lone surrogate', '张\udc00三'],
      ['a bidi override', '\u202e张三'],
      ['a zero-width joiner only', '\u200d\u200d'],
      ['a line break', '张\n三'],
      ['blanks', '   '],
    ])('refuses %s', (_what, name) => {
      expect(checkInput(s, withName(name))?.[field]).toMatch(/^(请填写姓名|姓名含有无法显示的字符，请删除后重新填写)$/);
    });

    it('accepts a long name with middle dots and keeps them as ·', () => {
      const long = '阿卜杜热合曼•阿卜杜克热木・买买提明·吐尔逊江';
      const parsed = parseInput(s, withName(`  ${long} `)) as Record<string, unknown>;
      const name = field === 'name' ? parsed.name : (parsed.contact as { name: string }).name;
      expect(name).toBe('阿卜杜热合曼·阿卜杜克热木·买买提明·吐尔逊江');
    });

    it('accepts 30 characters and refuses 31', () => {
      expect(checkInput(s, withName('张'.repeat(30)))?.[field]).toBeUndefined();
      expect(checkInput(s, withName('张'.repeat(31)))?.[field]).toBe('姓名不能超过 30 个字');
    });
  });

  it('refuses free text that is invisible or carries control characters', () => {
    expect(checkInput(submitReportInput, { ...report, description: '\u200b'.repeat(12) })?.description).toBe(
      '请填写隐患描述',
    );
    expect(
      checkInput(submitReportInput, { ...report, description: '楼道里堆放了纸箱\u0000\u202e电动车' })?.description,
    ).toBe('隐患描述含有无法显示的字符，请删除后重新填写');
    // Line breaks and emoji joined with a zero-width joiner are ordinary text.
    expect(checkInput(submitReportInput, { ...report, description: '楼道里堆放了纸箱\n还有电动车👨‍👩‍👧' })).toBeNull();
  });

  it('refuses a time outside 2000–2100 in every form, with a Chinese message, and never throws', () => {
    const session = { title: '上午场', startAt: T0, endAt: T0 + HOUR, capacity: 10, waitlistEnabled: true };
    const event = {
      title: '咨询日',
      venue: { name: '广场', address: '人民路 1 号' },
      allowGroups: false,
      sessions: [session],
    };
    expect(checkInput(saveEventInput, event)).toBeNull();
    expect(checkInput(saveEventInput, { ...event, sessions: [{ ...session, endAt: 1e308 }] })).toEqual({
      'sessions.0.endAt': '结束时间不正确',
    });
    const activity = {
      kind: 'community',
      title: '进社区',
      place: { name: '社区', address: '人民路 1 号', latitude: 30, longitude: 120 },
      startAt: 9e15,
      endAt: 9e15 + HOUR,
      codeMode: 'live',
    };
    expect(checkInput(createActivityInput, activity)).toMatchObject({ startAt: '开始时间不正确' });
    expect(checkInput(submitReportInput, { ...report, seenAt: -1 })).toEqual({ seenAt: '发现时间不正确' });
  });

  it('answers a non-string linked tracking number in Chinese', () => {
    const errors = checkInput(transitionInput, { id: 'r1', to: 'rejected', note: '同一事项', linkedTrackingNo: 42 });
    expect(errors).toEqual({ linkedTrackingNo: '已受理事项的编号格式不正确' });
  });
});
