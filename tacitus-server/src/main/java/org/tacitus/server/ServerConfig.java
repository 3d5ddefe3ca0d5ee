package org.tacitus.server;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host           the address to bind ({@code 127.0.0.1} by default: reads are open only on loopback)
 * @param port           the port; 0 picks a free one
 * @param token          the bearer token that writes (and reads from other hosts) need
 * @param maxBodyBytes   largest request body (413 above it)
 * @param maxParamLength longest query parameter value (400 above it)
 * @param cacheEntries   read answers kept until the next write ({@link ResponseCache}); 0 when other processes
 *                       may write to the store (PostgreSQL)
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, int maxParamLength,
                           int cacheEntries) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_PARAM = 500;
    public static final int DEFAULT_CACHE_ENTRIES = 2000;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (cacheEntries < 0) {
            throw new IllegalArgumentException("cacheEntries must be 0 or more");
        }
        if (token.isBlank()) {
            throw new IllegalArgumentException("the token must not be blank");
        }
    }

    /** Loopback, the given port, a fresh random token and the default limits. */
    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_HOST, port, randomToken(), DEFAULT_MAX_BODY, DEFAULT_MAX_PARAM,
                DEFAULT_CACHE_ENTRIES);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, maxBodyBytes, maxParamLength, cacheEntries);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, maxBodyBytes, maxParamLength, cacheEntries);
    }

    public ServerConfig withMaxBodyBytes(long bytes) {
        return new ServerConfig(host, port, token, bytes, maxParamLength, cacheEntries);
    }

    public ServerConfig withCacheEntries(int entries) {
        return new ServerConfig(host, port, token, maxBodyBytes, maxParamLength, entries);
    }

    /** 128 random bits, hex. */
    public static String randomToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
