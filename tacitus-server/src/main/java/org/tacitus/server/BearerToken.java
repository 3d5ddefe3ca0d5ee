package org.tacitus.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The API's access rule: writes always need {@code Authorization: Bearer TOKEN}; reads are open to clients on
 * loopback and need the token from anywhere else.
 */
final class BearerToken {

    private final byte[] token;

    BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD
                || ctx.method() == HandlerType.OPTIONS;
        if (read && isLoopback(ctx.ip())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, read
                    ? "reads from other hosts need the token: Authorization: Bearer TOKEN"
                    : "this request needs the token printed by 'tacitus serve': Authorization: Bearer TOKEN");
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) { // constant time
            throw new ApiException(ErrorCode.UNAUTHORIZED, "the bearer token is not this server's");
        }
    }

    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        try {
            // A literal address: no name lookup happens.
            return InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
