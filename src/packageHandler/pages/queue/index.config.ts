export default definePageConfig({
  navigationBarTitleText: '隐患举报处理',
  enablePullDownRefresh: true,
});
