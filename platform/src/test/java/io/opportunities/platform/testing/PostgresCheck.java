package io.opportunities.platform.testing;

/**
 * Run by the build before the integration tests: exits quietly when the test PostgreSQL answers, otherwise says in
 * one line how to get one, instead of a wall of Spring stack traces from every test.
 */
public final class PostgresCheck {

    private PostgresCheck() {
    }

    public static void main(String[] args) {
        try {
            PostgresTestDatabase.checkReachable();
        } catch (IllegalStateException unreachable) {
            System.err.println(unreachable.getMessage());
            System.exit(1);
        }
    }
}
