import { checkInput } from '@domain/common/validation';
import { submitReportInput } from '@domain/reports/schemas';

/**
 * Kind: a field's message names what is actually missing. A new user picked 电动车充电
 * and was told 请选择隐患类别, when what was missing was the 具体隐患 under it.
 */
describe('a field message names the part that is missing', () => {
  it('no category: 请选择隐患类别', () => {
    expect(checkInput(submitReportInput, { setting: '', category: '' })?.setting).toBe('请选择隐患类别');
  });

  it('a category without its 具体隐患: says to pick the 具体隐患, not the category', () => {
    const errors = checkInput(submitReportInput, { setting: 'ebike', category: '' });
    expect(errors?.setting).toBeUndefined();
    expect(errors?.category).toBe('请在类别下方选择具体隐患');
  });
});
