export default definePageConfig({ navigationBarTitleText: '邀请与权限', enablePullDownRefresh: true });
