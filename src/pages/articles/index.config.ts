export default definePageConfig({
  navigationBarTitleText: '安全知识',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
