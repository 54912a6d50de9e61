declare global {
  interface ImportMetaEnv {
    /** Set by wxt.config.ts: true only in test-only builds (E2E_LOCAL_HOSTS=1). */
    readonly ER_LOCAL_TEST_HOSTS?: boolean;
  }
}

/** Hosts besides UN sites the reader may fetch from: local test servers in test-only builds, none otherwise. */
export function readerExtraHosts(): string[] {
  return import.meta.env.ER_LOCAL_TEST_HOSTS === true ? ['127.0.0.1', 'localhost'] : [];
}
