package org.tacitus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    @Test
    void keepsAnswersUntilInvalidatedAndDropsTheLeastRecentlyUsed() {
        ResponseCache cache = new ResponseCache(2);
        AtomicInteger computed = new AtomicInteger();
        assertEquals("a1", cache.get("a", () -> "a" + computed.incrementAndGet()));
        assertEquals("a1", cache.get("a", () -> "a" + computed.incrementAndGet()));
        cache.get("b", () -> "b");
        cache.get("a", () -> "never");
        cache.get("c", () -> "c"); // drops b, the least recently used
        assertEquals(2, cache.size());
        assertEquals("b2", cache.get("b", () -> "b2"));
        cache.invalidate();
        assertEquals(0, cache.size());
        assertEquals("a2", cache.get("a", () -> "a" + computed.incrementAndGet()));
    }

    @Test
    void anAnswerComputedAcrossAWriteIsNotKept() {
        ResponseCache cache = new ResponseCache(10);
        assertEquals("old", cache.get("k", () -> {
            cache.invalidate(); // a write lands while the answer is computed
            return "old";
        }));
        assertEquals("new", cache.get("k", () -> "new"));
    }

    @Test
    void sizeZeroKeepsNothing() {
        ResponseCache cache = new ResponseCache(0);
        cache.get("k", () -> "1");
        assertEquals("2", cache.get("k", () -> "2"));
        assertEquals(0, cache.size());
    }
}
