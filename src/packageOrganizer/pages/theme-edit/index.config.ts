export default definePageConfig({
  navigationBarTitleText: '编辑年度主题',
});
