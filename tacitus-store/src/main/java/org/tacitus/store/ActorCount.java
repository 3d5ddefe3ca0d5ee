package org.tacitus.store;

import java.util.Objects;
import org.tacitus.model.Actor;

/** An actor with the number of matching event clusters it takes part in (either side) and their mentions. */
public record ActorCount(Actor actor, long events, long mentions) {
    public ActorCount {
        Objects.requireNonNull(actor, "actor");
    }
}
