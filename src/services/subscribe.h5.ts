/**
 * H5 has no subscribe messages: status changes are recorded by the local
 * notifications adapter and every status is shown in 我的举报, so there is nothing to ask.
 */
export async function askForStatusMessages(_templateIds: (string | null)[]): Promise<void> {}
