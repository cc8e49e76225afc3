/// A self-signed certificate for 127.0.0.1 and localhost, made for these tests with
/// `openssl req -x509 -newkey ec` (P-256, valid until 2126), and its key. Nothing trusts it:
/// a client that checks certificates must refuse the server that uses it. Not a secret.
enum TestCertificate {
    static let certificate = """
        -----BEGIN CERTIFICATE-----
        MIIBrjCCAVOgAwIBAgIUdywGsc0WxUUgYiAMfAN8Ahg660EwCgYIKoZIzj0EAwIw
        HTEbMBkGA1UEAwwSUGFybGV5IHRlc3Qgc2VydmVyMCAXDTI2MTIwNjAyMjMxOVoY
        DzIxMjYxMTEyMDIyMzE5WjAdMRswGQYDVQQDDBJQYXJsZXkgdGVzdCBzZXJ2ZXIw
        WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAASUTUWx9i//aotBS2Ab/P1S6vBq+pwa
        MZM0FbKc6rNkmkjUPkurGVtPnaLVbD2FywE9+olVGh+lOdXSMKTxfTnHo28wbTAd
        BgNVHQ4EFgQUN1F0VsF6ChHLIyqZX05j2/3/2ZMwHwYDVR0jBBgwFoAUN1F0VsF6
        ChHLIyqZX05j2/3/2ZMwDwYDVR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAAB
        gglsb2NhbGhvc3QwCgYIKoZIzj0EAwIDSQAwRgIhAOJKKf2+pE1UE7wRYT67Z1jC
        kBkmuiOiEksLNX+FjtAYAiEAg+cOOWRgTXslk+CYQbkQQ1OdQgBVWkvHjQv4td3n
        A9A=
        -----END CERTIFICATE-----
        """

    static let privateKey = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgKq/sdAmf7rWE65pW
        7pmFgFXCjJIaburHV9xagSJPMXKhRANCAASUTUWx9i//aotBS2Ab/P1S6vBq+pwa
        MZM0FbKc6rNkmkjUPkurGVtPnaLVbD2FywE9+olVGh+lOdXSMKTxfTnH
        -----END PRIVATE KEY-----
        """
}
