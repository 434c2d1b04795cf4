import { AppError } from '@domain/common/errors';
import { checkInput, parseInput } from '@domain/common/validation';
import { createArticleInput, getArticleInput, updateArticleInput } from '@domain/content/schemas';

const valid = { id: 'gas-safety', version: 1, title: '标题', topic: '燃气安全', summary: '摘要', body: '正文' };

describe('shared input schemas', () => {
  it('trims text fields', () => {
    expect(parseInput(updateArticleInput, { ...valid, title: '  标题  ' }).title).toBe('标题');
  });

  it.each([
    [{ title: '' }, 'title', '请填写标题'],
    [{ title: 'x'.repeat(41) }, 'title', '标题不能超过 40 个字'],
    [{ title: 42 }, 'title', '请填写标题'],
    [{ topic: '天气' }, 'topic', '请选择知识分类'],
    [{ body: '\n\n  \n' }, 'body', '请填写正文'],
    [{ version: 0 }, 'version', '版本号不正确'],
    [{ id: '../etc' }, 'id', '文章编号格式不正确'],
  ])('refuses %j with the message for %s', (change, field, message) => {
    expect(checkInput(updateArticleInput, { ...valid, ...change })).toEqual({ [field]: message });
  });

  describe('a new article and an edit check the article fields alike', () => {
    const fields = { title: valid.title, topic: valid.topic, summary: valid.summary, body: valid.body };
    it.each([
      [{ title: '' }, 'title', '请填写标题'],
      [{ title: 'x'.repeat(41) }, 'title', '标题不能超过 40 个字'],
      [{ topic: '天气' }, 'topic', '请选择知识分类'],
      [{ summary: 'x'.repeat(121) }, 'summary', '摘要不能超过 120 个字'],
      [{ body: '\n\n  \n' }, 'body', '请填写正文'],
    ])('both refuse %j with the message for %s', (change, field, message) => {
      expect(checkInput(createArticleInput, { ...fields, ...change })).toEqual({ [field]: message });
      expect(checkInput(updateArticleInput, { ...valid, ...change })).toEqual({ [field]: message });
    });

    it('a new article takes the fields alone; an id or a version is refused', () => {
      expect(parseInput(createArticleInput, { ...fields, title: '  标题  ' })).toEqual({ ...fields, title: '标题' });
      expect(checkInput(createArticleInput, { ...fields, id: 'gas-safety' })).toEqual({ id: '参数格式不正确' });
      expect(checkInput(createArticleInput, { ...fields, version: 1 })).toEqual({ version: '参数格式不正确' });
    });

    it('an edit needs its id and version besides the fields', () => {
      expect(parseInput(updateArticleInput, valid)).toEqual(valid);
      expect(checkInput(updateArticleInput, fields)).toEqual({ id: '缺少文章编号', version: '缺少版本号' });
    });
  });

  it('throws an AppError whose message is the first field error', () => {
    try {
      parseInput(getArticleInput, {});
      throw new Error('should not pass');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).toBody()).toEqual({
        code: 'invalid_input',
        message: '缺少文章编号',
        fieldErrors: { id: '缺少文章编号' },
      });
    }
  });

  it('refuses fields the schema does not know', () => {
    expect(checkInput(getArticleInput, { id: 'a', admin: true })).toEqual({ admin: '参数格式不正确' });
  });
});
