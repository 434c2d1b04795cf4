import { ApiError } from '@/services/api-error';

/**
 * Sends; when someone else moved or reviewed the report first (`conflict`), also
 * reloads it, so the page shows what is true now under the form's message
 * (这条举报刚被其他人处理过…). The error is rethrown for the form; its draft stays.
 */
export async function refreshOnConflict<T>(send: () => Promise<T>, reload: () => void): Promise<T> {
  try {
    return await send();
  } catch (e) {
    if (e instanceof ApiError && e.code === 'conflict') reload();
    throw e;
  }
}
