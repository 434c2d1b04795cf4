export default definePageConfig({
  navigationBarTitleText: '安全宣传“七进”',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
