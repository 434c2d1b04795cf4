/**
 * H5 has no in-page scanner: the phone's camera opens the code's URL (which lands
 * on the activity page with its scene), or the person types the 6-digit code.
 */
export async function scanText(): Promise<string | null> {
  return null;
}

export const canScan = false;
