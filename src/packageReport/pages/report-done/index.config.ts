export default definePageConfig({
  navigationBarTitleText: '举报已提交',
});
