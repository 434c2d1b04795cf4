/** On weapp the platform identifies the caller; the dev sign-in exists only in the H5 build (DevSignIn.h5.tsx). */
export function DevSignIn(_props: { onChange: () => void }) {
  return null;
}
