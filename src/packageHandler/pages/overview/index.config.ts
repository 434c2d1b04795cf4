export default definePageConfig({
  navigationBarTitleText: '隐患总览',
  enablePullDownRefresh: true,
});
